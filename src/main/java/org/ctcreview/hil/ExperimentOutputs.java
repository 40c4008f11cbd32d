package org.ctcreview.hil;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;

/** The experiment's table (Markdown), CSV and per-cluster line plot (PNG), from one or more summaries. */
public final class ExperimentOutputs {
    private static final Color[] COLORS = {new Color(0xD62728), new Color(0x1F77B4), new Color(0x2CA02C),
        new Color(0xFF7F0E), new Color(0x9467BD)};

    private ExperimentOutputs() {
    }

    /** Rows: total and each cluster; columns: loops; cells "mean ± sd". */
    public static String table(ExperimentSummary s) {
        StringBuilder b = new StringBuilder("| F1 (" + s.strategy() + ", " + s.runs() + " runs) |");
        for (int i = 0; i < s.loops(); i++) {
            b.append(i == 0 ? " init |" : " loop " + i + " |");
        }
        b.append("\n|---|").append("---|".repeat(s.loops())).append('\n');
        row(b, "total", s.totalMean(), s.totalSd());
        for (Map.Entry<Integer, double[]> e : s.clusterMean().entrySet()) {
            String name = (e.getKey() < 0 ? "background" : "cluster " + e.getKey())
                    + (e.getKey().equals(s.weakestCluster()) ? " (weakest)" : "");
            row(b, name, e.getValue(), s.clusterSd().get(e.getKey()));
        }
        return b.toString();
    }

    private static void row(StringBuilder b, String name, double[] mean, double[] sd) {
        b.append("| ").append(name).append(" |");
        for (int i = 0; i < mean.length; i++) {
            b.append(Double.isNaN(mean[i]) ? " - |" : String.format(Locale.ROOT, " %.3f ± %.3f |", mean[i], sd[i]));
        }
        b.append('\n');
    }

    /** Long format: strategy, series (total or cluster id), loop, mean, sd, runs with a value. */
    public static void writeCsv(List<ExperimentSummary> summaries, Path file) {
        StringBuilder b = new StringBuilder("strategy,series,loop,mean_f1,sd_f1,runs\n");
        for (ExperimentSummary s : summaries) {
            for (int i = 0; i < s.loops(); i++) {
                b.append(String.format(Locale.ROOT, "%s,total,%d,%.5f,%.5f,%d%n", s.strategy(), i, s.totalMean()[i],
                        s.totalSd()[i], s.runs()));
            }
            for (Map.Entry<Integer, double[]> e : s.clusterMean().entrySet()) {
                for (int i = 0; i < s.loops(); i++) {
                    b.append(String.format(Locale.ROOT, "%s,%d,%d,%.5f,%.5f,%d%n", s.strategy(), e.getKey(), i,
                            e.getValue()[i], s.clusterSd().get(e.getKey())[i], s.clusterRuns().get(e.getKey())[i]));
                }
            }
        }
        write(file, b.toString());
    }

    /**
     * One small panel per series (total first, then each cluster), F1 (0-1) over loops, one line per strategy
     * with a +- sd band, like Figure 3 of the published method.
     */
    public static void writePlot(List<ExperimentSummary> summaries, Path file) {
        ExperimentSummary first = summaries.get(0);
        List<Integer> clusters = List.copyOf(first.clusterMean().keySet());
        int panels = clusters.size() + 1;
        int cols = Math.min(4, panels);
        int rows = (panels + cols - 1) / cols;
        int pw = 260;
        int ph = 200;
        BufferedImage img = new BufferedImage(cols * pw, rows * ph + 30, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        for (int k = 0; k < summaries.size(); k++) {
            g.setColor(COLORS[k % COLORS.length]);
            g.drawString(summaries.get(k).strategy(), 10 + k * 120, img.getHeight() - 10);
        }
        for (int p = 0; p < panels; p++) {
            int ox = (p % cols) * pw;
            int oy = (p / cols) * ph;
            Integer cluster = p == 0 ? null : clusters.get(p - 1);
            String title = cluster == null ? "total" : cluster < 0 ? "background" : "cluster " + cluster;
            panel(g, ox, oy, pw, ph, title, summaries, cluster);
        }
        g.dispose();
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            ImageIO.write(img, "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static void panel(Graphics2D g, int ox, int oy, int pw, int ph, String title,
                              List<ExperimentSummary> summaries, Integer cluster) {
        int x0 = ox + 35;
        int y0 = oy + 20;
        int w = pw - 50;
        int h = ph - 50;
        g.setColor(Color.BLACK);
        g.drawString(title, x0, oy + 14);
        g.setColor(Color.LIGHT_GRAY);
        for (int t = 0; t <= 4; t++) {
            int y = y0 + h - t * h / 4;
            g.drawLine(x0, y, x0 + w, y);
            g.drawString(String.format(Locale.ROOT, "%.2f", t / 4.0), ox + 4, y + 4);
        }
        g.setColor(Color.DARK_GRAY);
        g.drawRect(x0, y0, w, h);
        for (int k = 0; k < summaries.size(); k++) {
            ExperimentSummary s = summaries.get(k);
            double[] m = cluster == null ? s.totalMean() : s.clusterMean().get(cluster);
            double[] sd = cluster == null ? s.totalSd() : s.clusterSd().get(cluster);
            if (m == null) {
                continue;
            }
            Color c = COLORS[k % COLORS.length];
            int n = m.length;
            for (int i = 0; i < n; i++) {
                int x = x0 + (n == 1 ? w / 2 : i * w / (n - 1));
                g.setColor(Color.BLACK);
                g.drawString(String.valueOf(i), x - 3, y0 + h + 14);
                if (Double.isNaN(m[i])) {
                    continue;
                }
                g.setColor(new Color(c.getRed(), c.getGreen(), c.getBlue(), 60));
                g.fillRect(x - 2, yOf(m[i] + sd[i], y0, h), 4, Math.max(1, yOf(m[i] - sd[i], y0, h) - yOf(m[i] + sd[i], y0, h)));
                g.setColor(c);
                g.fillOval(x - 3, yOf(m[i], y0, h) - 3, 6, 6);
                if (i > 0 && !Double.isNaN(m[i - 1])) {
                    int px = x0 + (i - 1) * w / (n - 1);
                    g.setStroke(new BasicStroke(2f));
                    g.drawLine(px, yOf(m[i - 1], y0, h), x, yOf(m[i], y0, h));
                    g.setStroke(new BasicStroke(1f));
                }
            }
        }
    }

    private static int yOf(double f1, int y0, int h) {
        double v = Math.max(0, Math.min(1, f1));
        return (int) Math.round(y0 + h - v * h);
    }

    /** Writes a text file (the Markdown table), creating its folder. */
    public static void write(Path file, String text) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
