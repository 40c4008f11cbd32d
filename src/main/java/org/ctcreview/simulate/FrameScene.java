package org.ctcreview.simulate;

import java.util.List;

/** Everything one frame shows, ready to render: placed objects and edge glare. */
record FrameScene(int frameNumber, int width, int height, List<SimObject> objects, List<Glare> glares) {

    FrameScene {
        objects = List.copyOf(objects);
        glares = List.copyOf(glares);
    }
}
