package org.ctcreview.learn;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.ctcreview.model.BadInputException;

/**
 * The byte format of fitted models: "CTCL" magic, a kind name, a format version, then the body (big-endian
 * {@link DataOutputStream} values: arrays as a length then the values).
 */
final class ModelIo {
    static final int MAGIC = 0x4354434C;
    static final int VERSION = 1;

    interface Body {
        void write(DataOutputStream out) throws IOException;
    }

    interface Reader<T> {
        T read(DataInputStream in) throws IOException;
    }

    private ModelIo() {
    }

    static byte[] write(String kind, Body body) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(bytes);
            out.writeInt(MAGIC);
            out.writeUTF(kind);
            out.writeInt(VERSION);
            body.write(out);
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static <T> T read(byte[] bytes, String kind, Reader<T> reader) {
        if (bytes == null) {
            throw new BadInputException(null, "no model bytes given", "pass the bytes written by toBytes()");
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            if (bytes.length < 4 || in.readInt() != MAGIC) {
                throw bad("these bytes are not a model of this program", null);
            }
            String found = in.readUTF();
            if (!found.equals(kind)) {
                throw bad("these bytes hold a " + found + " model, not a " + kind + " model", null);
            }
            int version = in.readInt();
            if (version != VERSION) {
                throw bad("model format version " + version + " is not supported (this program reads " + VERSION
                        + ")", null);
            }
            T result = reader.read(in);
            if (in.available() > 0) {
                throw bad("the " + kind + " model bytes have " + in.available() + " extra bytes at the end", null);
            }
            return result;
        } catch (IOException | RuntimeException e) {
            if (e instanceof BadInputException b) {
                throw b;
            }
            throw bad("the " + kind + " model bytes are truncated or damaged (" + e + ")", e);
        }
    }

    private static BadInputException bad(String problem, Throwable cause) {
        return new BadInputException(null, problem, "refit the model or load the bytes saved with it", cause);
    }

    static void writeDoubles(DataOutputStream out, double[] v) throws IOException {
        out.writeInt(v.length);
        for (double d : v) {
            out.writeDouble(d);
        }
    }

    static double[] readDoubles(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > in.available() / Double.BYTES) {
            throw new IOException("bad array length " + n);
        }
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = in.readDouble();
        }
        return v;
    }

    static void writeMatrix(DataOutputStream out, double[][] m) throws IOException {
        out.writeInt(m.length);
        for (double[] row : m) {
            writeDoubles(out, row);
        }
    }

    static double[][] readMatrix(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > in.available() / Integer.BYTES) {
            throw new IOException("bad matrix row count " + n);
        }
        double[][] m = new double[n][];
        for (int i = 0; i < n; i++) {
            m[i] = readDoubles(in);
        }
        return m;
    }

    static void writeStrings(DataOutputStream out, List<String> strings) throws IOException {
        out.writeInt(strings.size());
        for (String s : strings) {
            out.writeUTF(s);
        }
    }

    static List<String> readStrings(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > in.available() / 2) {
            throw new IOException("bad string count " + n);
        }
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(in.readUTF());
        }
        return List.copyOf(out);
    }
}
