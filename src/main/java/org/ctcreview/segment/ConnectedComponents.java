package org.ctcreview.segment;

/** 8-connected labelling of a binary image (non-zero = foreground); labels 1..n, 0 = background. */
final class ConnectedComponents {
    private ConnectedComponents() {
    }

    static int[] label(byte[] binary, int width, int height) {
        int[] labels = new int[width * height];
        int[] stack = new int[width * height];
        int next = 0;
        for (int start = 0; start < binary.length; start++) {
            if (binary[start] == 0 || labels[start] != 0) {
                continue;
            }
            next++;
            int top = 0;
            stack[top++] = start;
            labels[start] = next;
            while (top > 0) {
                int i = stack[--top];
                int x = i % width;
                int y = i / width;
                for (int dy = -1; dy <= 1; dy++) {
                    int ny = y + dy;
                    if (ny < 0 || ny >= height) {
                        continue;
                    }
                    for (int dx = -1; dx <= 1; dx++) {
                        int nx = x + dx;
                        if (nx < 0 || nx >= width) {
                            continue;
                        }
                        int j = ny * width + nx;
                        if (binary[j] != 0 && labels[j] == 0) {
                            labels[j] = next;
                            stack[top++] = j;
                        }
                    }
                }
            }
        }
        return labels;
    }
}
