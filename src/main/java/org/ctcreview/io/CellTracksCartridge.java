package org.ctcreview.io;

import java.nio.file.Path;
import java.util.List;
import org.ctcreview.model.CartridgeXml;
import org.ctcreview.model.GridLayout;

/**
 * An opened, validated cartridge folder. Holds only metadata; frames are decoded one at a time with
 * {@link #readFrame(FrameFile)} so a whole cartridge is never in memory.
 */
public record CellTracksCartridge(Path folder, GridLayout layout, List<String> channels, List<FrameFile> frames,
                                  CartridgeXml xml, Path xmlFile, RescaleTags tags, List<String> warnings) {

    public CellTracksCartridge {
        channels = List.copyOf(channels);
        frames = List.copyOf(frames);
        warnings = List.copyOf(warnings);
    }

    /** The cartridge's name: its folder name. */
    public String name() {
        return folder.getFileName().toString();
    }

    public FrameTiffReader.FrameRead readFrame(FrameFile frame) {
        return FrameTiffReader.read(frame.file(), frame.frameNumber(), channels, layout.frameWidth(),
                layout.frameHeight(), tags);
    }
}
