// SPDX-License-Identifier: Apache-2.0
package org.kizuna.analysis;

import org.kizuna.model.Project;

/**
 * The whole diagnosis of a project: a pure function of the snapshot, the filter and the options,
 * used alike by the GUI, the CLI and the exporters.
 */
public final class ClusterDiagnosis {
    private ClusterDiagnosis() {
    }

    public static DiagnosisReport analyze(Project project, NetworkFilter filter) {
        return analyze(project, filter, AnalysisOptions.DEFAULT);
    }

    public static DiagnosisReport analyze(Project project, NetworkFilter filter, AnalysisOptions options) {
        NetworkGraph g = NetworkGraph.of(project, filter);
        NetworkAnalysis a = NetworkAnalysis.of(g, options);
        var axes = FujitaAssessor.assess(a, project.profile());
        var life = LifeCycleAdvisor.suggest(a, project.profile(), axes);
        var type = Typology.classify(project.profile());
        var coverage = MatrixCoverageCalculator.compute(project, a);
        return new DiagnosisReport(filter, a, axes, life, type, coverage);
    }
}
