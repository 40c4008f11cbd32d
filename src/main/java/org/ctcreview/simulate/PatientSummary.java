package org.ctcreview.simulate;

import java.util.Map;

/**
 * What was generated for one patient.
 *
 * @param code patient code (also the cartridge folder name)
 * @param cancerType cancer type
 * @param frames frames written
 * @param objectsByClass object count per class (lower-case class names)
 * @param objectsBySubPopulation object count per sub-population
 * @param ctcs true CTCs in the cartridge
 * @param events CellSearch events in the XML
 * @param ctcEvents events that show at least one true CTC
 * @param assigned events the simulated operator assigned as CTC
 * @param ppv ctcEvents / events (0 when there are no events)
 * @param operatorAgreement fraction of events where the operator call equals the truth (1 when none)
 */
public record PatientSummary(String code, String cancerType, int frames, Map<String, Integer> objectsByClass,
                             Map<String, Integer> objectsBySubPopulation, int ctcs, int events, int ctcEvents,
                             int assigned, double ppv, double operatorAgreement) {
}
