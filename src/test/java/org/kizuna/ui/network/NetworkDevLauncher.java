// SPDX-License-Identifier: Apache-2.0
package org.kizuna.ui.network;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.kizuna.analysis.ScaleFreeGenerator;
import org.kizuna.exchange.sample.SampleProjects;
import org.kizuna.model.Actor;
import org.kizuna.store.EditDescription;
import org.kizuna.store.ImportNetworkCommand;
import org.kizuna.store.ProjectFile;
import org.kizuna.ui.BackgroundTasks;
import org.kizuna.ui.DevLaunch;
import org.kizuna.ui.DialogService;
import org.kizuna.ui.Messages;
import org.kizuna.ui.RecordingDialogs;
import org.kizuna.ui.session.ProjectSession;

/**
 * Shows the network page alone in a window, for looking at it before the shell hosts it:
 * {@code NetworkDevLauncher tokachi|kobe|hokuriku|synthetic:N:M [--en] [--presentation]
 * [--select NAME] [--size WxH] [--exit-after SECONDS]}. The project is a fresh copy in a temporary directory.
 */
public final class NetworkDevLauncher {
    private NetworkDevLauncher() {
    }

    public static void main(String[] args) throws Exception {
        String what = args.length > 0 ? args[0] : "tokachi";
        List<String> opts = List.of(args);
        Path dir = Files.createTempDirectory("kizuna-network-dev");
        Path path = dir.resolve(what.replace(':', '-') + ".kizuna");
        if (what.startsWith("synthetic:")) {
            String[] p = what.split(":");
            createSynthetic(path, Integer.parseInt(p[1]), Integer.parseInt(p[2]));
        } else {
            SampleProjects.create(what, path);
        }
        ProjectFile file = ProjectFile.open(path);
        Locale locale = opts.contains("--en") ? Locale.ENGLISH : Locale.JAPANESE;
        Messages messages = Messages.forLocale(locale);
        DialogService dialogs = RecordingDialogs.errorsToStderr();
        int selectIdx = opts.indexOf("--select");
        Platform.startup(() -> {
            try {
                ProjectSession session = new ProjectSession(file, file.snapshot(), BackgroundTasks.onWorkerThread(),
                        messages, dialogs);
                NetworkView view = new NetworkView(session);
                Stage stage = new Stage();
                stage.setTitle(path.getFileName() + " — Kizuna (network page)");
                int sizeIdx = opts.indexOf("--size");
                String[] size = (sizeIdx >= 0 ? args[sizeIdx + 1] : "1366x768").split("x");
                stage.setScene(new Scene((javafx.scene.Parent) view.root(), Double.parseDouble(size[0]),
                        Double.parseDouble(size[1])));
                stage.setX(0);
                stage.setY(0);
                stage.show();
                if (opts.contains("--presentation")) {
                    view.setPresentationMode(true);
                }
                if (selectIdx >= 0) {
                    Actor a = session.project().actorNamed(args[selectIdx + 1]);
                    if (a != null) {
                        session.selectedActors().add(a.id());
                        Platform.runLater(() -> Platform.runLater(view::reveal));
                    }
                }
                DevLaunch.exitAfterIfAsked(args);
            } catch (Exception e) {
                e.printStackTrace();
                Platform.exit();
            }
        });
    }

    /** A scale-free network of {@code n} actors (various kinds) and about {@code n·m} ties. */
    static void createSynthetic(Path path, int n, int m) throws Exception {
        var g = ScaleFreeGenerator.generate(n, m, 42);
        String[] kinds = {"company", "university", "research_institute", "local_government", "financial",
            "support_body", "hospital"};
        List<Actor> actors = new ArrayList<>();
        for (int i = 0; i < g.actors().size(); i++) {
            Actor a = g.actors().get(i);
            actors.add(new Actor(0, a.name(), kinds[i % kinds.length], null, null, a.country(), a.insideRegion(),
                    null, List.of(), null, null, null, null));
        }
        try (ProjectFile f = ProjectFile.create(path, "synthetic " + n)) {
            f.execute(new ImportNetworkCommand(EditDescription.of("importNetwork", String.valueOf(n)), actors,
                    g.ties()));
        }
    }
}
