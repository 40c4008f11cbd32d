-- The learning loop: fitted classifier bytes per model version, and the loop history of HiL sessions and
-- simulated experiments (one row per run and loop).

CREATE TABLE model_blobs (
    model_version_id  INTEGER PRIMARY KEY REFERENCES model_versions (id),
    format            TEXT    NOT NULL CHECK (length(trim(format)) > 0),
    data              BLOB    NOT NULL
);

CREATE TABLE hil_loops (
    id                 INTEGER PRIMARY KEY,
    session_id         INTEGER NOT NULL REFERENCES sessions (id),
    run                INTEGER NOT NULL DEFAULT 0 CHECK (run >= 0),
    loop               INTEGER NOT NULL CHECK (loop >= 0),
    strategy           TEXT    NOT NULL,
    model_version      TEXT,
    train_size         INTEGER NOT NULL CHECK (train_size >= 0),
    test_size          INTEGER NOT NULL CHECK (test_size >= 0),
    relabel_size       INTEGER NOT NULL CHECK (relabel_size >= 0),
    total_f1           REAL,
    cluster_f1_json    TEXT    NOT NULL DEFAULT '{}' CHECK (json_valid(cluster_f1_json)),
    labels_added       INTEGER NOT NULL DEFAULT 0 CHECK (labels_added >= 0),
    labelling_seconds  REAL    NOT NULL DEFAULT 0 CHECK (labelling_seconds >= 0),
    created_at         TEXT    NOT NULL,
    UNIQUE (session_id, run, loop)
);
CREATE INDEX hil_loops_session ON hil_loops (session_id, run, loop);
