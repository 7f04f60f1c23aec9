// SPDX-License-Identifier: Apache-2.0
package org.kizuna;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layering of ARCHITECTURE.md: {@code ui, cli → exchange, analysis → store → model}, JavaFX only
 * in {@code ui} and {@code app}, and {@code app} the only composition root that knows {@code ui}.
 * Rules about packages that do not exist yet pass while empty ({@code allowEmptyShould}).
 */
@AnalyzeClasses(packages = "org.kizuna", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    @ArchTest
    static final ArchRule onlyUiAndAppUseJavaFx = noClasses()
            .that().resideOutsideOfPackages("org.kizuna.ui..", "org.kizuna.app..")
            .should().dependOnClassesThat().resideInAPackage("javafx..")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule modelDependsOnNothingOfOurs = noClasses()
            .that().resideInAPackage("org.kizuna.model..")
            .should().dependOnClassesThat().resideInAnyPackage("org.kizuna.app..", "org.kizuna.store..",
                    "org.kizuna.analysis..", "org.kizuna.exchange..", "org.kizuna.ui..", "org.kizuna.cli..")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule storeIsBelowAnalysisExchangeUiAndCli = noClasses()
            .that().resideInAPackage("org.kizuna.store..")
            .should().dependOnClassesThat().resideInAnyPackage("org.kizuna.analysis..", "org.kizuna.exchange..",
                    "org.kizuna.ui..", "org.kizuna.cli..", "org.kizuna.app..")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule analysisIsAPureFunctionOfTheModel = noClasses()
            .that().resideInAPackage("org.kizuna.analysis..")
            .should().dependOnClassesThat().resideInAnyPackage("org.kizuna.store..", "org.kizuna.exchange..",
                    "org.kizuna.ui..", "org.kizuna.cli..", "org.kizuna.app..")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule exchangeIsBelowUiAndCli = noClasses()
            .that().resideInAPackage("org.kizuna.exchange..")
            .should().dependOnClassesThat().resideInAnyPackage("org.kizuna.ui..", "org.kizuna.cli..",
                    "org.kizuna.app..")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule onlyAppKnowsTheUi = noClasses()
            .that().resideOutsideOfPackages("org.kizuna.ui..", "org.kizuna.app..")
            .should().dependOnClassesThat().resideInAPackage("org.kizuna.ui..")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule nothingDependsOnTheLauncher = noClasses()
            .that().resideOutsideOfPackage("org.kizuna.app..")
            .should().dependOnClassesThat().resideInAPackage("org.kizuna.app..")
            .allowEmptyShould(true);
}
