-- CTC review project database, schema version 1.
-- Conventions (so that any language can read the file):
--   * times are ISO-8601 UTC text with milliseconds, e.g. 2025-01-31T12:34:56.789Z
--   * *_json columns hold JSON text (checked with json_valid)
--   * float vectors and polygons are BLOBs of IEEE-754 float32, little-endian;
--     polygons are x0,y0,x1,y1,... in frame pixel coordinates
--   * booleans are 0/1 integers
-- Applied by org.ctcreview.store.Migrations inside one transaction; never edit a released migration,
-- add V002__... instead.

CREATE TABLE patients (
    id          INTEGER PRIMARY KEY,
    code        TEXT    NOT NULL UNIQUE CHECK (length(trim(code)) > 0),
    created_at  TEXT    NOT NULL
);

CREATE TABLE cartridges (
    id                 INTEGER PRIMARY KEY,
    patient_id         INTEGER NOT NULL REFERENCES patients (id),
    source_folder      TEXT    NOT NULL,
    kind               TEXT    NOT NULL CHECK (kind IN ('cellsearch', 'thumbnails')),
    grid_rows          INTEGER CHECK (grid_rows IS NULL OR grid_rows > 0),
    grid_cols          INTEGER CHECK (grid_cols IS NULL OR grid_cols > 0),
    frame_width        INTEGER CHECK (frame_width IS NULL OR frame_width > 0),
    frame_height       INTEGER CHECK (frame_height IS NULL OR frame_height > 0),
    channels_json      TEXT    NOT NULL DEFAULT '[]' CHECK (json_valid(channels_json)),
    xml_warnings_json  TEXT    NOT NULL DEFAULT '[]' CHECK (json_valid(xml_warnings_json)),
    imported_at        TEXT    NOT NULL
);
CREATE INDEX cartridges_patient ON cartridges (patient_id);

CREATE TABLE frames (
    id             INTEGER PRIMARY KEY,
    cartridge_id   INTEGER NOT NULL REFERENCES cartridges (id),
    frame_number   INTEGER NOT NULL CHECK (frame_number >= 1),
    grid_row       INTEGER NOT NULL CHECK (grid_row >= 0),
    grid_col       INTEGER NOT NULL CHECK (grid_col >= 0),
    is_edge        INTEGER NOT NULL DEFAULT 0 CHECK (is_edge IN (0, 1)),
    file_name      TEXT    NOT NULL,
    file_sha256    TEXT,
    file_bytes     INTEGER,
    rescale_json   TEXT    CHECK (rescale_json IS NULL OR json_valid(rescale_json)),
    stats_json     TEXT    CHECK (stats_json IS NULL OR json_valid(stats_json)),
    UNIQUE (cartridge_id, frame_number)
);

CREATE TABLE cells (
    id            INTEGER PRIMARY KEY,
    cartridge_id  INTEGER NOT NULL REFERENCES cartridges (id),
    frame_id      INTEGER REFERENCES frames (id),
    polygon       BLOB    CHECK (polygon IS NULL OR length(polygon) % 8 = 0),
    bbox_x        INTEGER NOT NULL,
    bbox_y        INTEGER NOT NULL,
    bbox_w        INTEGER NOT NULL CHECK (bbox_w >= 0),
    bbox_h        INTEGER NOT NULL CHECK (bbox_h >= 0),
    frame_x       REAL,
    frame_y       REAL,
    cartridge_x   REAL,
    cartridge_y   REAL,
    area          REAL,
    source        TEXT    NOT NULL
);
CREATE INDEX cells_cartridge ON cells (cartridge_id);
CREATE INDEX cells_frame ON cells (frame_id);

-- one lossless crop per cell: channels x height x width values, channel-major, row-major
CREATE TABLE crops (
    cell_id       INTEGER PRIMARY KEY REFERENCES cells (id),
    width         INTEGER NOT NULL CHECK (width > 0),
    height        INTEGER NOT NULL CHECK (height > 0),
    channels      INTEGER NOT NULL CHECK (channels > 0),
    dtype         TEXT    NOT NULL CHECK (dtype IN ('u8', 'u16', 'f32')),
    data          BLOB    NOT NULL,
    scaling_json  TEXT    CHECK (scaling_json IS NULL OR json_valid(scaling_json)),
    CHECK (length(data) = width * height * channels
                          * CASE dtype WHEN 'u8' THEN 1 WHEN 'u16' THEN 2 ELSE 4 END)
);

CREATE TABLE model_versions (
    id                 INTEGER PRIMARY KEY,
    kind               TEXT    NOT NULL,
    name               TEXT    NOT NULL,
    file_path          TEXT,
    file_sha256        TEXT,
    parameters_json    TEXT    NOT NULL DEFAULT '{}' CHECK (json_valid(parameters_json)),
    training_set_json  TEXT    NOT NULL DEFAULT '{}' CHECK (json_valid(training_set_json)),
    created_at         TEXT    NOT NULL,
    parent_id          INTEGER REFERENCES model_versions (id)
);
CREATE INDEX model_versions_parent ON model_versions (parent_id);

CREATE TABLE embeddings (
    cell_id           INTEGER NOT NULL REFERENCES cells (id),
    model_version_id  INTEGER NOT NULL REFERENCES model_versions (id),
    dim               INTEGER NOT NULL CHECK (dim > 0),
    vector            BLOB    NOT NULL,
    PRIMARY KEY (cell_id, model_version_id),
    CHECK (length(vector) = 4 * dim)
);
CREATE INDEX embeddings_model ON embeddings (model_version_id);

CREATE TABLE sessions (
    id             INTEGER PRIMARY KEY,
    kind           TEXT    NOT NULL,
    author         TEXT    NOT NULL,
    started_at     TEXT    NOT NULL,
    ended_at       TEXT,
    settings_json  TEXT    NOT NULL DEFAULT '{}' CHECK (json_valid(settings_json))
);

-- Append-only label history: the current label of a cell is its row with the highest id.
CREATE TABLE labels (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    cell_id     INTEGER NOT NULL REFERENCES cells (id),
    label       TEXT    NOT NULL CHECK (label IN ('CTC', 'WBC', 'TDEV', 'BARE_NUCLEUS', 'CD45_EV',
                                                  'ARTEFACT', 'UNSURE', 'NOT_CTC')),
    author      TEXT    NOT NULL CHECK (length(trim(author)) > 0),
    session_id  INTEGER REFERENCES sessions (id),
    created_at  TEXT    NOT NULL,
    source      TEXT    NOT NULL CHECK (length(trim(source)) > 0)
);
CREATE INDEX labels_cell ON labels (cell_id, id);
CREATE INDEX labels_session ON labels (session_id);

CREATE TRIGGER labels_no_update BEFORE UPDATE ON labels
BEGIN
    SELECT RAISE(ABORT, 'labels are append-only: add a new label instead of changing one');
END;

CREATE TRIGGER labels_no_delete BEFORE DELETE ON labels
BEGIN
    SELECT RAISE(ABORT, 'labels are append-only: add a new label instead of deleting one');
END;

CREATE TABLE scores (
    cell_id           INTEGER NOT NULL REFERENCES cells (id),
    model_version_id  INTEGER NOT NULL REFERENCES model_versions (id),
    probability       REAL    NOT NULL CHECK (probability >= 0 AND probability <= 1),
    PRIMARY KEY (cell_id, model_version_id)
);
CREATE INDEX scores_model ON scores (model_version_id);

CREATE TABLE maps (
    id                INTEGER PRIMARY KEY,
    model_version_id  INTEGER NOT NULL REFERENCES model_versions (id),
    params_json       TEXT    NOT NULL DEFAULT '{}' CHECK (json_valid(params_json)),
    seed              INTEGER NOT NULL,
    created_at        TEXT    NOT NULL
);
CREATE INDEX maps_model ON maps (model_version_id);

-- cluster -1 is the HDBSCAN background ("no cluster")
CREATE TABLE map_points (
    map_id   INTEGER NOT NULL REFERENCES maps (id),
    cell_id  INTEGER NOT NULL REFERENCES cells (id),
    x        REAL    NOT NULL,
    y        REAL    NOT NULL,
    cluster  INTEGER NOT NULL,
    PRIMARY KEY (map_id, cell_id)
);
CREATE INDEX map_points_cell ON map_points (cell_id);

CREATE TABLE clusters (
    map_id        INTEGER NOT NULL REFERENCES maps (id),
    cluster       INTEGER NOT NULL,
    outline_json  TEXT    CHECK (outline_json IS NULL OR json_valid(outline_json)),
    size          INTEGER NOT NULL CHECK (size >= 0),
    PRIMARY KEY (map_id, cluster)
);

-- the gallery events of the CellTracks XML, boxes in whole-cartridge pixel coordinates
CREATE TABLE cellsearch_events (
    id            INTEGER PRIMARY KEY,
    cartridge_id  INTEGER NOT NULL REFERENCES cartridges (id),
    rid           INTEGER NOT NULL,
    frame_number  INTEGER NOT NULL,
    x0            REAL    NOT NULL,
    y0            REAL    NOT NULL,
    x1            REAL    NOT NULL,
    y1            REAL    NOT NULL,
    assigned      INTEGER CHECK (assigned IS NULL OR assigned IN (0, 1)),
    num_selected  INTEGER
);
CREATE INDEX cellsearch_events_cartridge ON cellsearch_events (cartridge_id, rid);
