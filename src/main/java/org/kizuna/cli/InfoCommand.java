// SPDX-License-Identifier: Apache-2.0
package org.kizuna.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.kizuna.model.ClusterProfile;
import org.kizuna.model.FujitaAxis;
import org.kizuna.model.Project;
import org.kizuna.store.ProjectFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kizuna info FILE [--json]}: profile, counts, schema version. */
@Command(name = "info", description = "Show a project's profile, counts and file format version.")
final class InfoCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE")
    Path file;

    @Option(names = "--json", description = "Print JSON instead of text.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        try (ProjectFile pf = ProjectFile.open(file)) {
            Project p = pf.snapshot();
            ClusterProfile prof = p.profile();
            Map<String, Object> info = new LinkedHashMap<>();
            info.put("file", pf.path().toString());
            info.put("schema_version", pf.schemaVersion());
            info.put("read_only", pf.readOnly());
            info.put("name", prof.name());
            info.put("region", prof.region());
            info.put("field", prof.field());
            info.put("description", prof.description());
            info.put("national_novelty", prof.nationalNovelty() == null ? null : prof.nationalNovelty().code());
            info.put("regional_novelty", prof.regionalNovelty() == null ? null : prof.regionalNovelty().code());
            info.put("cluster_type", prof.clusterType() == null ? null : prof.clusterType().code());
            info.put("lifecycle_stage", prof.stage() == null ? null : prof.stage().code());
            info.put("governance_type", prof.governance() == null ? null : prof.governance().code());
            Map<String, Object> counts = new LinkedHashMap<>();
            counts.put("actors", p.actors().size());
            counts.put("ties", p.ties().size());
            counts.put("element_groups", p.groups().size());
            counts.put("elements", p.elements().size());
            counts.put("matrix_cells", p.cells().size());
            counts.put("periods", p.periods().size());
            counts.put("progress_cells", p.progress().size());
            counts.put("findings", p.findings().size());
            info.put("counts", counts);
            Map<String, Object> assessments = new LinkedHashMap<>();
            for (FujitaAxis axis : FujitaAxis.values()) {
                assessments.put(axis.code(), prof.assessment(axis));
            }
            info.put("assessments", assessments);
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(Json.write(info));
            } else {
                info.forEach((k, v) -> {
                    if (v instanceof Map<?, ?> m) {
                        out.println(k + ":");
                        m.forEach((k2, v2) -> out.println("  " + k2 + ": " + (v2 == null ? "" : v2)));
                    } else {
                        out.println(k + ": " + (v == null ? "" : v));
                    }
                });
            }
        }
        return 0;
    }
}
