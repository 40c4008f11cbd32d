package org.ctcreview.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.ctcreview.model.BadInputException;
import org.ctcreview.model.CartridgeXml;
import org.ctcreview.model.GridLayout;
import org.ctcreview.task.ProgressListener;

/**
 * Opens a CellTracks cartridge folder: finds the frame TIFFs and the event XML, works out channels and
 * grid layout, and checks every frame's page directory (page count, bit depth, size, truncation) before
 * anything is imported. Bad input becomes a {@link BadInputException} naming the file and the fix.
 */
public final class CellTracksReader {

    private CellTracksReader() {
    }

    public static CellTracksCartridge open(Path dir, ReaderOptions options) {
        return open(dir, options, ProgressListener.none());
    }

    public static CellTracksCartridge open(Path dir, ReaderOptions options, ProgressListener progress) {
        FolderListing listing = FolderListing.of(dir, options.ignoreExtraFiles());
        List<String> warnings = new ArrayList<>(listing.warnings());
        CartridgeXml xml;
        Path xmlFile = null;
        if (!options.useXml()) {
            xml = CartridgeXml.absent("event XML ignored (--no-xml): no CellSearch events");
        } else {
            xmlFile = listing.singleXml();
            xml = EventXmlReader.read(xmlFile);
        }
        warnings.addAll(xml.warnings());
        List<String> channels = channels(options, xml, xmlFile != null ? xmlFile : dir);
        List<FrameFile> frames = listing.frames();
        TiffDirectory first = FrameTiffReader.directories(frames.get(0).file()).get(0);
        int width = xml.run().camXSize() != null ? xml.run().camXSize() : first.width();
        int height = xml.run().camYSize() != null ? xml.run().camYSize() : first.height();
        GridLayout layout = GridResolver.resolve(dir, options, xml, frames, width, height);
        CartridgeXml events = EventChecks.resolveFrames(xmlFile, xml, layout, warnings);
        validateFrames(frames, channels, width, height, progress);
        return new CellTracksCartridge(dir, layout, channels, frames, events, xmlFile, options.tags(), warnings);
    }

    private static void validateFrames(List<FrameFile> frames, List<String> channels, int width, int height,
                                       ProgressListener progress) {
        int n = 0;
        for (FrameFile f : frames) {
            progress.checkCancelled();
            List<TiffDirectory> pages = FrameTiffReader.directories(f.file());
            TiffDirectory d = pages.get(0);
            if (pages.size() < channels.size() || d.bitsPerSample() != 8 || d.samplesPerPixel() != 1
                    || d.width() != width || d.height() != height) {
                // decode nothing, but let the full check produce the precise message
                FrameTiffReader.read(f.file(), f.frameNumber(), channels, width, height, RescaleTags.defaults());
            }
            progress.update(++n, frames.size(), "checking frame files");
        }
    }

    private static List<String> channels(ReaderOptions options, CartridgeXml xml, Path where) {
        List<String> channels;
        if (options.channels() != null && !options.channels().isEmpty()) {
            channels = options.channels().stream().map(CellTracksFormat::canonicalChannel).toList();
        } else if (!xml.channels().isEmpty()) {
            channels = xml.channels();
        } else {
            channels = CellTracksFormat.STANDARD_CHANNELS;
        }
        for (String required : CellTracksFormat.REQUIRED_CHANNELS) {
            if (channels.stream().noneMatch(c -> c.equalsIgnoreCase(required))) {
                throw new BadInputException(where, "channel " + required + " is missing from " + channels,
                        "name the pages with --channels, e.g. --channels DAPI,FITC,CK,CD45");
            }
        }
        return channels;
    }

    /** Lists a folder's frame TIFFs and XML files; anything else is refused unless ignored. */
    record FolderListing(List<FrameFile> frames, List<Path> xmls, List<String> warnings) {

        static FolderListing of(Path dir, boolean ignoreExtra) {
            if (!Files.isDirectory(dir)) {
                throw new BadInputException(dir, Files.exists(dir) ? "is not a folder" : "does not exist",
                        "give the path of a cartridge folder (frame TIFFs + event XML)");
            }
            List<Path> entries;
            try (Stream<Path> s = Files.list(dir)) {
                entries = s.sorted(Comparator.comparing(Path::toString)).toList();
            } catch (AccessDeniedException e) {
                throw FrameTiffReader.unreadable(dir, e);
            } catch (IOException e) {
                throw new BadInputException(dir, "cannot list the folder (" + e.getMessage() + ")",
                        "check the path and its permissions", e);
            }
            List<Path> tiffs = new ArrayList<>();
            List<Path> xmls = new ArrayList<>();
            List<String> warnings = new ArrayList<>();
            for (Path p : entries) {
                String name = p.getFileName().toString();
                String lower = name.toLowerCase(Locale.ROOT);
                if (name.startsWith(".") || Files.isDirectory(p)) {
                    continue;
                }
                if (lower.endsWith(".tif") || lower.endsWith(".tiff")) {
                    tiffs.add(p);
                } else if (lower.endsWith(".xml")) {
                    xmls.add(p);
                } else if (ignoreExtra) {
                    warnings.add("ignored non-image file " + name);
                } else {
                    throw new BadInputException(p, "is not a frame TIFF or event XML",
                            "move it out of the cartridge folder, or import with --ignore-extra-files");
                }
            }
            if (tiffs.isEmpty()) {
                throw new BadInputException(dir, "contains no frame TIFFs (*.tif)",
                        "point to a CellTracks cartridge export folder: one multipage TIFF per frame plus the event XML");
            }
            return new FolderListing(FrameNumbering.number(tiffs, warnings), xmls, warnings);
        }

        Path singleXml() {
            if (xmls.isEmpty()) {
                Path dir = frames.get(0).file().getParent();
                throw new BadInputException(dir, "has no event XML",
                        "copy the CellTracks XML into the folder, or import with --no-xml (frames only, no CellSearch events)");
            }
            if (xmls.size() > 1) {
                throw new BadInputException(xmls.get(0).getParent(), "has " + xmls.size() + " XML files " + names(xmls),
                        "keep only the cartridge's event XML in the folder");
            }
            return xmls.get(0);
        }

        private static List<String> names(List<Path> paths) {
            return paths.stream().map(p -> p.getFileName().toString()).toList();
        }
    }
}
