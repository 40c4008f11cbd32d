package org.ctcreview.learn;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/** PCA + calibrated RBF SVM for one positive class; the common part of the CTC model and the artefact filter. */
final class BinaryModel {
    final Pca pca;
    final RbfSvm svm;
    final Platt platt;
    final double threshold;
    final FitReport report;

    BinaryModel(Pca pca, RbfSvm svm, Platt platt, double threshold, FitReport report) {
        if (!(threshold >= 0 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold must lie in [0, 1], got " + threshold);
        }
        this.pca = pca;
        this.svm = svm;
        this.platt = platt;
        this.threshold = threshold;
        this.report = report;
    }

    /**
     * Fits PCA (unless {@code pca} is given) and the SVM on all rows.
     *
     * @throws NotEnoughLabelsException with fewer than 5 of a class or 10 in all
     */
    static BinaryModel fit(Pca pca, float[][] embeddings, boolean[] positive, FitOptions o, String positiveName,
                           String negativeName) {
        Features.check(embeddings, pca == null ? 0 : pca.inputDimension());
        Features.sameLength(embeddings.length, positive.length, "labels");
        int pos = SvmFitting.count(positive);
        NotEnoughLabelsException.require(positiveName, pos, negativeName, positive.length - pos);
        Pca p = pca != null ? pca : Pca.fit(embeddings, o.components());
        double[][] x = p.project(embeddings, o.threads());
        SvmFitting.Fitted f = SvmFitting.fit(x, positive, o);
        return new BinaryModel(p, f.svm(), f.platt(), o.threshold(), f.report());
    }

    double[] decisions(float[][] embeddings, int threads) {
        return svm.decisions(pca.project(embeddings, threads), threads);
    }

    double[] probabilities(float[][] embeddings, int threads) {
        double[] d = decisions(embeddings, threads);
        for (int i = 0; i < d.length; i++) {
            d[i] = platt.probability(d[i]);
        }
        return d;
    }

    BinaryModel withThreshold(double value) {
        return new BinaryModel(pca, svm, platt, value, report);
    }

    void write(DataOutputStream out) throws IOException {
        pca.write(out);
        svm.write(out);
        out.writeDouble(platt.a());
        out.writeDouble(platt.b());
        out.writeDouble(threshold);
        report.write(out);
    }

    static BinaryModel read(DataInputStream in) throws IOException {
        Pca pca = Pca.read(in);
        RbfSvm svm = RbfSvm.read(in);
        if (svm.dimension() != pca.components()) {
            throw new IOException("SVM of dimension " + svm.dimension() + " after a PCA of " + pca.components());
        }
        Platt platt = new Platt(in.readDouble(), in.readDouble());
        double threshold = in.readDouble();
        return new BinaryModel(pca, svm, platt, threshold, FitReport.read(in));
    }
}
