package org.ctcreview.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ctcreview.model.BadInputException;

/** Frame numbers from file names: the last run of digits in the name ("s12_frame007.tif" -> 7). */
final class FrameNumbering {
    private static final Pattern DIGITS = Pattern.compile("(\\d+)");

    private FrameNumbering() {
    }

    static List<FrameFile> number(List<Path> tiffs, List<String> warnings) {
        List<FrameFile> out = new ArrayList<>(tiffs.size());
        Map<Integer, Path> seen = new HashMap<>();
        int without = 0;
        for (Path p : tiffs) {
            Integer n = lastNumber(p.getFileName().toString());
            if (n == null) {
                without++;
                continue;
            }
            Path before = seen.put(n, p);
            if (before != null) {
                throw new BadInputException(p, "has the same frame number " + n + " as " + before.getFileName(),
                        "remove the duplicate frame file from the cartridge folder");
            }
            out.add(new FrameFile(n, p));
        }
        if (without == tiffs.size()) {
            warnings.add("frame file names carry no numbers; frames numbered in name order");
            out.clear();
            for (int i = 0; i < tiffs.size(); i++) {
                out.add(new FrameFile(i + 1, tiffs.get(i)));
            }
        } else if (without > 0) {
            Path odd = tiffs.stream().filter(p -> lastNumber(p.getFileName().toString()) == null).findFirst().get();
            throw new BadInputException(odd, "has no frame number in its name while other frames do",
                    "rename it (e.g. frame_012.tif) or move it out of the folder");
        }
        out.sort(Comparator.comparingInt(FrameFile::frameNumber));
        if (out.get(0).frameNumber() == 0) {
            List<FrameFile> shifted = new ArrayList<>();
            for (FrameFile f : out) {
                shifted.add(new FrameFile(f.frameNumber() + 1, f.file()));
            }
            warnings.add("frame numbers start at 0; shifted to start at 1");
            return shifted;
        }
        return out;
    }

    private static Integer lastNumber(String name) {
        int dot = name.lastIndexOf('.');
        Matcher m = DIGITS.matcher(dot > 0 ? name.substring(0, dot) : name);
        String last = null;
        while (m.find()) {
            last = m.group(1);
        }
        if (last == null || last.length() > 6) {
            return null;
        }
        return Integer.parseInt(last);
    }
}
