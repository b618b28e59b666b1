package org.himcore

import org.junit.jupiter.api.Assertions.assertArrayEquals
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.assertThrows

class Hl7Test {
    private val adt =
        "MSH|^~\\&|REG|HOSP|HIM|HIMD|20250314083012-0500||ADT^A01^ADT_A01|MSG1|P|2.5.1\r" +
            "PID|1||MRN1^^^HOSP^MR~SSN9^^^SSA^SS||DOE^JANE^Q||19800229|F\r" +
            "DG1|1||I10^Hypertension^I10C\rDG1|2||E11.9^Diabetes^I10C\r"

    @Test
    fun severalPathsAreReadInOneCall() {
        val r = hl7Query(adt, listOf("PID-5-1", "PID-3(2)-1", "DG1(2)-3-1", "MSH-9-2", "PID-99"))
        assertEquals(listOf("MSH", "PID", "DG1", "DG1"), r.segments)
        assertEquals(Hl7SegmentTerminator.CR, r.segmentTerminator)
        assertEquals("DOE", r.values["PID-5-1"])
        assertEquals("SSN9", r.values["PID-3(2)-1"])
        assertEquals("E11.9", r.values["DG1(2)-3-1"])
        assertEquals("A01", r.values["MSH-9-2"])
        assertTrue(r.values.containsKey("PID-99"))
        assertNull(r.values["PID-99"])
    }

    @Test
    fun badSegmentRaisesTypedExceptionWithItsPosition() {
        val e = assertThrows<HimCoreException.Hl7> { hl7Query("MSH|^~\\&|A\rPID|1\rpv1|2\r", listOf("PID-3")) }
        assertEquals("HL7_BAD_SEGMENT", e.code)
        assertEquals(3UL, e.segment)
        assertNull(e.field)
    }

    @Test
    fun goodMessageIsAcceptedAndBadOneGetsANegativeAck() {
        val ok = hl7Ack(adt, "ACK1", "20250101120000+0000")
        assertEquals("AA", ok.code)
        assertTrue(ok.ack.startsWith("MSH|^~\\&|HIM|HIMD|REG|HOSP|20250101120000+0000||ACK^A01^ACK|ACK1|"), ok.ack)
        assertTrue(ok.ack.contains("MSA|AA|MSG1"))
        assertNull(ok.error)
        val bad = hl7Ack("PID|1\r", "ACK2", "20250101120000+0000")
        assertTrue(bad.code == "AR" || bad.code == "AE", bad.code)
        assertEquals("HL7_MISSING_MSH", bad.error?.code)
        assertTrue(bad.ack.contains("ERR|"), bad.ack)
    }

    @Test
    fun admissionMapsToAValidFhirBundle() {
        val m = hl7ToFhir(adt, "-05:00")
        val reports = validateDocument(m.bundleJson)
        assertTrue(reports.all { it.report.valid }, reports.filter { !it.report.valid }.toString())
        assertTrue(reports.any { it.report.resourceType == "Patient" })
        assertTrue(reports.count { it.report.resourceType == "Condition" } == 2)
    }

    @Test
    fun batchIsSplitAndMllpRoundTrips() {
        val two = adt + adt.replace("MSG1", "MSG2")
        val parts = hl7SplitMessages(two)
        assertEquals(2, parts.size)
        val framed = mllpEncode(parts[0].toByteArray()) + mllpEncode(parts[1].toByteArray()) + byteArrayOf(0x0b, 0x4d)
        val f = mllpDecode(framed)
        assertEquals(2, f.frames.size)
        assertArrayEquals(parts[1].toByteArray(), f.frames[1])
        assertEquals((framed.size - 2).toULong(), f.consumed)
        val e = assertThrows<HimCoreException.Hl7> { mllpDecode("garbage".toByteArray()) }
        assertEquals("HL7_MLLP_FRAMING", e.code)
    }
}
