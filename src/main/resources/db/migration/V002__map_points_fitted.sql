-- Schema version 2: which map points the map's UMAP layout was fitted on.
-- A large map is fitted on a random subsample; the other points are placed by UMAP's transform
-- (fitted = 0). New cells are placed later against the fitted points only: their vectors (the embeddings
-- of the map's model version) and their stored positions. Existing rows were all fitted (1).
ALTER TABLE map_points ADD COLUMN fitted INTEGER NOT NULL DEFAULT 1 CHECK (fitted IN (0, 1));
