package org.ctcreview.simulate;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@link CohortGenerator#generate} produced.
 *
 * @param outDir the cohort folder
 * @param patients per-patient summaries, in patient order
 * @param ctcs true CTCs over all cartridges
 * @param events events over all cartridges
 * @param ctcEvents events showing a true CTC
 * @param assigned events the operator assigned
 * @param ppv pooled gallery PPV (ctcEvents / events)
 * @param operatorAgreement pooled agreement of operator calls with the truth
 * @param filesWritten files written
 * @param bytesWritten bytes written
 * @param seconds wall-clock time
 */
public record CohortSummary(Path outDir, List<PatientSummary> patients, int ctcs, int events, int ctcEvents,
                            int assigned, double ppv, double operatorAgreement, int filesWritten, long bytesWritten,
                            double seconds) {

    public CohortSummary {
        patients = List.copyOf(patients);
    }
}
