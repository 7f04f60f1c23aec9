// SPDX-License-Identifier: Apache-2.0
package org.kizuna.store;

import java.util.List;

/**
 * The .kizuna schema and its history. The file carries {@link #APPLICATION_ID} in
 * {@code PRAGMA application_id} and the schema version in {@code PRAGMA user_version}. A new file
 * runs every migration in order, so a fresh file and a migrated old one take the same path.
 * Documented for users in docs/file-format.md.
 */
public final class Schema {
    private Schema() {
    }

    /** 'KZNA' in ASCII: identifies a Kizuna project among SQLite files. */
    public static final int APPLICATION_ID = 0x4B5A4E41;

    public static final List<Migration> MIGRATIONS = List.of(
            new Migration(1, "initial schema", """
                    CREATE TABLE project_meta (
                        key   TEXT PRIMARY KEY,
                        value TEXT
                    );
                    CREATE TABLE profile (
                        id INTEGER PRIMARY KEY CHECK (id = 1),
                        name TEXT NOT NULL,
                        region TEXT,
                        field TEXT,
                        description TEXT,
                        national_novelty TEXT CHECK (national_novelty IN ('new', 'existing')),
                        regional_novelty TEXT CHECK (regional_novelty IN ('new', 'existing')),
                        field_fusion INTEGER CHECK (field_fusion IN (0, 1)),
                        potential_realised INTEGER CHECK (potential_realised IN (0, 1)),
                        cluster_type TEXT,
                        lifecycle_stage TEXT CHECK (lifecycle_stage IN ('formation', 'development', 'maturity')),
                        governance_type TEXT CHECK (governance_type IN ('core_organisation', 'managed', 'autonomous')),
                        vision TEXT,
                        mission TEXT,
                        policy TEXT,
                        goals TEXT,
                        management_people TEXT,
                        assessment_in_region TEXT,
                        assessment_domestic TEXT,
                        assessment_international TEXT,
                        assessment_governance TEXT
                    );
                    CREATE TABLE actor_kind (
                        code TEXT PRIMARY KEY,
                        label_ja TEXT NOT NULL,
                        label_en TEXT NOT NULL,
                        position INTEGER NOT NULL,
                        builtin INTEGER NOT NULL DEFAULT 0
                    );
                    CREATE TABLE tie_kind (
                        code TEXT PRIMARY KEY,
                        label_ja TEXT NOT NULL,
                        label_en TEXT NOT NULL,
                        position INTEGER NOT NULL,
                        builtin INTEGER NOT NULL DEFAULT 0,
                        directed_default INTEGER NOT NULL DEFAULT 0
                    );
                    CREATE TABLE actor (
                        id INTEGER PRIMARY KEY,
                        name TEXT NOT NULL UNIQUE,
                        kind TEXT NOT NULL REFERENCES actor_kind (code),
                        sector TEXT CHECK (sector IN ('industry', 'academia', 'government', 'finance', 'other')),
                        location TEXT,
                        country TEXT,
                        inside_region INTEGER NOT NULL CHECK (inside_region IN (0, 1)),
                        field TEXT,
                        notes TEXT,
                        matrix_note TEXT,
                        x REAL,
                        y REAL
                    );
                    CREATE TABLE actor_membership (
                        actor_id INTEGER NOT NULL REFERENCES actor (id),
                        position INTEGER NOT NULL,
                        name TEXT NOT NULL,
                        PRIMARY KEY (actor_id, position)
                    );
                    CREATE TABLE tie (
                        id INTEGER PRIMARY KEY,
                        source_id INTEGER NOT NULL REFERENCES actor (id),
                        target_id INTEGER NOT NULL REFERENCES actor (id),
                        kind TEXT NOT NULL REFERENCES tie_kind (code),
                        directed INTEGER NOT NULL CHECK (directed IN (0, 1)),
                        strength REAL NOT NULL DEFAULT 1 CHECK (strength > 0),
                        start_year INTEGER,
                        end_year INTEGER,
                        scope TEXT CHECK (scope IN ('in_region', 'domestic', 'international')),
                        notes TEXT,
                        CHECK (source_id <> target_id)
                    );
                    CREATE INDEX tie_source ON tie (source_id);
                    CREATE INDEX tie_target ON tie (target_id);
                    CREATE TABLE element_group (
                        id INTEGER PRIMARY KEY,
                        name_ja TEXT NOT NULL,
                        name_en TEXT,
                        position INTEGER NOT NULL
                    );
                    CREATE TABLE element (
                        id INTEGER PRIMARY KEY,
                        group_id INTEGER REFERENCES element_group (id),
                        name_ja TEXT NOT NULL,
                        name_en TEXT,
                        position INTEGER NOT NULL
                    );
                    CREATE TABLE matrix_cell (
                        actor_id INTEGER NOT NULL REFERENCES actor (id),
                        element_id INTEGER NOT NULL REFERENCES element (id),
                        marks TEXT NOT NULL DEFAULT '',
                        annotation TEXT,
                        PRIMARY KEY (actor_id, element_id)
                    );
                    CREATE TABLE period (
                        id INTEGER PRIMARY KEY,
                        name TEXT NOT NULL,
                        position INTEGER NOT NULL,
                        is_plan INTEGER NOT NULL DEFAULT 0 CHECK (is_plan IN (0, 1)),
                        start_year INTEGER,
                        end_year INTEGER
                    );
                    CREATE TABLE progress (
                        group_id INTEGER NOT NULL REFERENCES element_group (id),
                        period_id INTEGER NOT NULL REFERENCES period (id),
                        judgement TEXT CHECK (judgement IN ('considerable', 'progress', 'insufficient')),
                        PRIMARY KEY (group_id, period_id)
                    );
                    CREATE TABLE initiative (
                        group_id INTEGER NOT NULL,
                        period_id INTEGER NOT NULL,
                        position INTEGER NOT NULL,
                        text TEXT NOT NULL,
                        PRIMARY KEY (group_id, period_id, position),
                        FOREIGN KEY (group_id, period_id) REFERENCES progress (group_id, period_id)
                    );
                    CREATE TABLE finding (
                        id INTEGER PRIMARY KEY,
                        number INTEGER NOT NULL,
                        text TEXT NOT NULL
                    );
                    CREATE TABLE finding_cell (
                        finding_id INTEGER NOT NULL REFERENCES finding (id),
                        actor_id INTEGER NOT NULL REFERENCES actor (id),
                        element_id INTEGER NOT NULL REFERENCES element (id),
                        PRIMARY KEY (finding_id, actor_id, element_id)
                    )
                    """),
            // Pinned actors stay in place when the network editor runs a layout (docs/network-editor.md).
            new Migration(2, "pinned actors", """
                    ALTER TABLE actor ADD COLUMN pinned INTEGER NOT NULL DEFAULT 0 CHECK (pinned IN (0, 1))
                    """),
            // A file id, so that a project recognises its own journal, and CHECKs that hold every value
            // to what the model accepts (ValueRules; docs/file-format.md).
            new Migration(3, "file id, edit serial and value rules", ValueRules.migration3()));

    /** The first version whose project_meta holds file_id and edit_serial. */
    public static final int FILE_ID_VERSION = 3;

    public static int currentVersion() {
        return MIGRATIONS.get(MIGRATIONS.size() - 1).version();
    }
}
