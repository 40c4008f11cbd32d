package org.ctcreview.pipeline;

import org.ctcreview.embed.CellEncoder;
import org.ctcreview.model.ModelProvenance;
import org.ctcreview.store.ImportTransaction;
import org.ctcreview.store.ModelVersionRow;

/** The encoder as a model version of the project: kind "encoder", its name, model.pt's SHA-256 and its card. */
final class EncoderVersions {
    private EncoderVersions() {
    }

    /** The id of the encoder's model version, recorded in this transaction unless the same one exists. */
    static long record(ImportTransaction tx, CellEncoder encoder) {
        ModelProvenance p = encoder.provenance();
        return tx.addModelVersion(new ModelVersionRow(p.kind(), p.name(), p.file().toString(), encoder.fileSha256(),
                p.parametersJson(), p.trainingJson(), null));
    }
}
