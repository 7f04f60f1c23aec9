// SPDX-License-Identifier: Apache-2.0
package org.kizuna.ui.workbench;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.EnumMap;
import java.util.Map;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.kizuna.ui.Converters;
import org.kizuna.ui.Messages;
import org.kizuna.ui.exchange.ExchangeDialogs;
import org.kizuna.ui.exchange.Opener;
import org.kizuna.ui.network.NetworkView;
import org.kizuna.ui.properties.PropertiesView;
import org.kizuna.ui.properties.PropertiesViewModel;
import org.kizuna.ui.session.ProjectSession;
import org.kizuna.ui.session.WorkbenchPage;
import org.kordamp.ikonli.Ikon;

/**
 * The workbench window's content: menu bar and toolbar, the navigator of the project's views on
 * the left, the page in the centre, the selection's properties on the right and a status bar. In
 * presentation mode only the page stays, with quick keys to add and connect actors. It binds to
 * {@link WorkbenchViewModel} and forwards actions to it; page-level actions (select all, zoom,
 * reveal) go to the page shown.
 */
public final class WorkbenchView {
    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    private static final KeyCombination REDO_ALT = new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination PRESENT = new KeyCodeCombination(KeyCode.F5);
    private static final KeyCombination ESCAPE = new KeyCodeCombination(KeyCode.ESCAPE);

    private final WorkbenchViewModel viewModel;
    private final Messages messages;
    private final Runnable onQuit;
    private final WorkbenchPages pages;
    private final PropertiesViewModel properties;
    private final BorderPane root = new BorderPane();
    private final VBox top;
    private final Node navigator;
    private final Node propertiesPanel;
    private final Node statusBar;
    private final StackPane pageHost = new StackPane();
    private final StackPane centre;
    private final Map<NavigatorEntry, WorkbenchPage> openPages = new EnumMap<>(NavigatorEntry.class);
    private final QuickEntry quickEntry;
    private final ExchangeDialogs exchange;
    private final Label presentationHint = new Label();
    private TextField findField;
    private WorkbenchPage page;

    public WorkbenchView(WorkbenchViewModel viewModel, Messages messages, WorkbenchPages pages, Runnable onQuit) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.pages = pages;
        this.onQuit = onQuit;
        this.properties = new PropertiesViewModel(messages);
        this.exchange = new ExchangeDialogs(messages, Opener.desktop());
        root.getStyleClass().add("workbench");

        top = new VBox(menuBar(), toolBar());
        navigator = navigator();
        propertiesPanel = new PropertiesView(properties, messages).root();
        ((Region) propertiesPanel).setPrefWidth(300);
        ((Region) propertiesPanel).setMinWidth(240);
        propertiesPanel.getStyleClass().add("side-panel");
        statusBar = statusBar();
        quickEntry = new QuickEntry(viewModel, messages);

        Label none = new Label(messages.get("overview.noProject"));
        none.setId("noProject");
        none.getStyleClass().add("no-project");
        none.setWrapText(true);
        none.visibleProperty().bind(viewModel.projectOpenProperty().not().and(viewModel.openingProperty().not()));
        pageHost.setId("pageHost");
        presentationHint.setId("presentationHint");
        presentationHint.getStyleClass().add("presentation-hint");
        presentationHint.setText(messages.format("presentation.hint", UNDO.getDisplayText()));
        presentationHint.setVisible(false);
        presentationHint.setMouseTransparent(true);
        StackPane.setAlignment(presentationHint, Pos.BOTTOM_CENTER);
        StackPane.setMargin(presentationHint, new Insets(0, 0, 16, 0));
        centre = new StackPane(pageHost, none, presentationHint, quickEntry.root());
        StackPane.setAlignment(none, Pos.CENTER);
        StackPane.setAlignment(quickEntry.root(), Pos.TOP_CENTER);
        StackPane.setMargin(quickEntry.root(), new Insets(40, 0, 0, 0));

        root.setTop(top);
        root.setLeft(navigator);
        root.setCenter(centre);
        root.setRight(propertiesPanel);
        root.setBottom(statusBar);

        // A page asks to show actors in the network (e.g. a row of the diagnosis tables).
        ChangeListener<Number> revealInNetwork = (o, was, now) -> {
            viewModel.selectedViewProperty().set(NavigatorEntry.NETWORK);
            Platform.runLater(() -> onPage(WorkbenchPage::reveal)); // once the page is laid out
        };
        ChangeListener<ProjectSession> onSession = (o, was, now) -> {
            if (was != null) {
                was.networkRevealRequestsProperty().removeListener(revealInNetwork);
            }
            if (now != null) {
                now.networkRevealRequestsProperty().addListener(revealInNetwork);
            }
            sessionChanged(now);
        };
        viewModel.sessionProperty().addListener(onSession);
        viewModel.selectedViewProperty().addListener((o, was, now) -> showPage());
        viewModel.presentationProperty().addListener((o, was, now) -> presentation(now));
        onSession.changed(viewModel.sessionProperty(), null, viewModel.sessionProperty().get());
    }

    public Parent root() {
        return root;
    }

    /** The page in the centre, or null when no project is open. */
    public WorkbenchPage page() {
        return page;
    }

    /**
     * Registers Undo, Redo, F5 and Esc on the scene itself, so they work while the menus are hidden
     * (presentation mode), and the presentation quick keys N/Insert (add actor) and C (connect).
     */
    public void installShortcuts(Scene scene) {
        scene.getAccelerators().put(UNDO, viewModel::undo);
        scene.getAccelerators().put(REDO, viewModel::redo);
        scene.getAccelerators().put(REDO_ALT, viewModel::redo);
        scene.getAccelerators().put(PRESENT, this::togglePresentation);
        scene.getAccelerators().put(ESCAPE, this::escape);
        boolean[] swallowTyped = {false};
        scene.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (!viewModel.presentationProperty().get() || quickEntry.isOpen() || e.isShortcutDown()
                    || scene.getFocusOwner() instanceof TextInputControl) {
                return;
            }
            if (e.getCode() == KeyCode.N || e.getCode() == KeyCode.INSERT) {
                quickEntry.openAdd();
                swallowTyped[0] = e.getCode() == KeyCode.N;
                e.consume();
            } else if (e.getCode() == KeyCode.C) {
                quickEntry.openConnect();
                swallowTyped[0] = true;
                e.consume();
            }
        });
        // The key that opened the card must not also arrive as the name's first letter.
        scene.addEventFilter(KeyEvent.KEY_TYPED, e -> {
            if (swallowTyped[0]) {
                swallowTyped[0] = false;
                e.consume();
            }
        });
    }

    private void escape() {
        if (quickEntry.isOpen()) {
            quickEntry.close();
        } else if (viewModel.presentationProperty().get()) {
            viewModel.presentationProperty().set(false);
        }
    }

    private void togglePresentation() {
        if (viewModel.projectOpenProperty().get() || viewModel.presentationProperty().get()) {
            viewModel.presentationProperty().set(!viewModel.presentationProperty().get());
        }
    }

    // ---------------------------------------------------------------- pages

    private void sessionChanged(ProjectSession session) {
        openPages.values().forEach(WorkbenchPage::dispose);
        openPages.clear();
        page = null;
        pageHost.getChildren().clear();
        properties.setSession(session);
        quickEntry.setSession(session);
        if (session == null) {
            viewModel.presentationProperty().set(false);
        }
        showPage();
    }

    private void showPage() {
        ProjectSession session = viewModel.sessionProperty().get();
        if (session == null) {
            return;
        }
        NavigatorEntry entry = viewModel.selectedViewProperty().get();
        WorkbenchPage next = openPages.computeIfAbsent(entry, e -> pages.create(e, session));
        if (page != null && page != next) {
            page.setPresentationMode(false);
        }
        page = next;
        page.setPresentationMode(viewModel.presentationProperty().get());
        pageHost.getChildren().setAll(page.root());
    }

    private void presentation(boolean on) {
        for (Node chrome : new Node[] {top, navigator, propertiesPanel, statusBar}) {
            chrome.setVisible(!on);
            chrome.setManaged(!on);
        }
        root.getStyleClass().remove("presenting");
        if (on) {
            root.getStyleClass().add("presenting");
        }
        presentationHint.setVisible(on);
        if (!on) {
            quickEntry.close();
        }
        if (page != null) {
            page.setPresentationMode(on);
        }
        if (root.getScene() != null && root.getScene().getWindow() instanceof Stage stage) {
            stage.setFullScreen(on);
        }
        // Keys go to the page again (its own N and C outside presentation, the quick keys inside).
        if (page != null) {
            page.root().requestFocus();
        } else {
            pageHost.requestFocus();
        }
    }

    /** Keeps presentation mode in step when the window leaves full screen by other means. */
    public void followFullScreen(Stage stage) {
        stage.setFullScreenExitHint("");
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        stage.fullScreenProperty().addListener((o, was, now) -> {
            if (!now && viewModel.presentationProperty().get()) {
                viewModel.presentationProperty().set(false);
            }
        });
    }

    // ---------------------------------------------------------------- menus and toolbar

    private MenuBar menuBar() {
        MenuItem create = item("menu.file.new", "menuNew", Icons.NEW, shortcut(KeyCode.N));
        create.setOnAction(e -> viewModel.newProject());
        MenuItem open = item("menu.file.open", "menuOpen", Icons.OPEN, shortcut(KeyCode.O));
        open.setOnAction(e -> viewModel.chooseAndOpen());
        Menu recent = new Menu(messages.get("menu.file.recent"));
        recent.setId("menuRecent");
        fillRecent(recent);
        viewModel.recentFiles().addListener((javafx.collections.ListChangeListener<Path>) c -> fillRecent(recent));
        MenuItem saveAs = item("menu.file.saveAs", "menuSaveAs", Icons.SAVE_AS, new KeyCodeCombination(KeyCode.S,
                KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        saveAs.setOnAction(e -> viewModel.saveAs());
        saveAs.disableProperty().bind(viewModel.projectOpenProperty().not());
        MenuItem exportNetwork = item("menu.file.exportNetwork", "menuExportNetwork", Icons.EXPORT,
                new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        exportNetwork.setOnAction(e -> exportNetworkPicture());
        exportNetwork.disableProperty().bind(viewModel.projectOpenProperty().not());
        MenuItem exportAll = item("menu.file.export", "menuExport", Icons.EXPORT_ALL, shortcut(KeyCode.E));
        exportAll.setOnAction(e -> showExport());
        exportAll.disableProperty().bind(viewModel.projectOpenProperty().not());
        MenuItem importAll = item("menu.file.import", "menuImport", Icons.IMPORT, shortcut(KeyCode.I));
        importAll.setOnAction(e -> showImport());
        importAll.disableProperty().bind(viewModel.projectOpenProperty().not().or(viewModel.readOnlyProperty()));
        MenuItem close = item("menu.file.close", "menuClose", null, shortcut(KeyCode.W));
        close.setOnAction(e -> viewModel.closeProject());
        close.disableProperty().bind(viewModel.projectOpenProperty().not());
        MenuItem quit = item("menu.file.quit", "menuQuit", null, shortcut(KeyCode.Q));
        quit.setOnAction(e -> onQuit.run());
        Menu file = new Menu(messages.get("menu.file"), null, create, open, recent, new SeparatorMenuItem(), saveAs,
                new SeparatorMenuItem(), importAll, exportAll, exportNetwork, new SeparatorMenuItem(), close, new SeparatorMenuItem(), quit);
        file.setId("menuFile");

        MenuItem undo = item("action.undo", "menuUndo", Icons.UNDO, UNDO);
        undo.setMnemonicParsing(false);
        undo.textProperty().bind(viewModel.undoTextProperty());
        undo.disableProperty().bind(viewModel.canUndoProperty().not());
        undo.setOnAction(e -> viewModel.undo());
        MenuItem redo = item("action.redo", "menuRedo", Icons.REDO, REDO);
        redo.setMnemonicParsing(false);
        redo.textProperty().bind(viewModel.redoTextProperty());
        redo.disableProperty().bind(viewModel.canRedoProperty().not());
        redo.setOnAction(e -> viewModel.redo());
        MenuItem cut = item("menu.edit.cut", "menuCut", Icons.CUT, shortcut(KeyCode.X));
        cut.setOnAction(e -> viewModel.cutSelection());
        cut.disableProperty().bind(viewModel.hasActorSelectionProperty().not());
        MenuItem copy = item("menu.edit.copy", "menuCopy", Icons.COPY, shortcut(KeyCode.C));
        copy.setOnAction(e -> viewModel.copySelection());
        copy.disableProperty().bind(viewModel.hasActorSelectionProperty().not());
        MenuItem paste = item("menu.edit.paste", "menuPaste", Icons.PASTE, shortcut(KeyCode.V));
        paste.setOnAction(e -> viewModel.paste());
        paste.disableProperty().bind(viewModel.projectOpenProperty().not());
        MenuItem delete = item("menu.edit.delete", "menuDelete", Icons.DELETE, new KeyCodeCombination(KeyCode.DELETE));
        delete.setOnAction(e -> viewModel.deleteSelection());
        delete.disableProperty().bind(viewModel.hasSelectionProperty().not());
        MenuItem selectAll = item("menu.edit.selectAll", "menuSelectAll", null, shortcut(KeyCode.A));
        selectAll.setOnAction(e -> onPage(WorkbenchPage::selectAll));
        selectAll.disableProperty().bind(viewModel.projectOpenProperty().not());
        MenuItem find = item("menu.edit.find", "menuFind", Icons.FIND, shortcut(KeyCode.F));
        find.setOnAction(e -> focusFind());
        find.disableProperty().bind(viewModel.projectOpenProperty().not());
        MenuItem preferences = item("menu.edit.preferences", "menuPreferences", Icons.SETTINGS, null);
        preferences.setOnAction(e -> showPreferences());
        Menu edit = new Menu(messages.get("menu.edit"), null, undo, redo, new SeparatorMenuItem(), cut, copy, paste,
                delete, new SeparatorMenuItem(), selectAll, find, new SeparatorMenuItem(), preferences);
        edit.setId("menuEdit");

        Menu view = new Menu(messages.get("menu.view"));
        view.setId("menuView");
        ToggleGroup views = new ToggleGroup();
        KeyCode[] digits = {KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4, KeyCode.DIGIT5};
        for (NavigatorEntry entry : viewModel.navigatorEntries()) {
            RadioMenuItem item = new RadioMenuItem(messages.get(entry.messageKey()));
            item.setId("menuView" + entry.name());
            item.setToggleGroup(views);
            item.setAccelerator(shortcut(digits[entry.ordinal()]));
            item.setSelected(viewModel.selectedViewProperty().get() == entry);
            item.setOnAction(e -> viewModel.selectedViewProperty().set(entry));
            viewModel.selectedViewProperty().addListener((o, was, now) -> item.setSelected(now == entry));
            view.getItems().add(item);
        }
        MenuItem zoomIn = item("menu.view.zoomIn", "menuZoomIn", Icons.ZOOM_IN, shortcut(KeyCode.EQUALS));
        zoomIn.setOnAction(e -> onPage(WorkbenchPage::zoomIn));
        MenuItem zoomOut = item("menu.view.zoomOut", "menuZoomOut", Icons.ZOOM_OUT, shortcut(KeyCode.MINUS));
        zoomOut.setOnAction(e -> onPage(WorkbenchPage::zoomOut));
        MenuItem zoomReset = item("menu.view.zoomReset", "menuZoomReset", Icons.ZOOM_RESET, shortcut(KeyCode.DIGIT0));
        zoomReset.setOnAction(e -> onPage(WorkbenchPage::zoomReset));
        MenuItem present = item("menu.view.presentation", "menuPresentation", Icons.PRESENT, PRESENT);
        present.setOnAction(e -> togglePresentation());
        present.disableProperty().bind(viewModel.projectOpenProperty().not());
        for (MenuItem m : new MenuItem[] {zoomIn, zoomOut, zoomReset}) {
            m.disableProperty().bind(viewModel.projectOpenProperty().not());
        }
        view.getItems().addAll(new SeparatorMenuItem(), zoomIn, zoomOut, zoomReset, new SeparatorMenuItem(), present);

        MenuItem about = item("menu.help.about", "menuAbout", null, null);
        about.setOnAction(e -> showAbout());
        Menu help = new Menu(messages.get("menu.help"), null, about);
        help.setId("menuHelp");

        MenuBar bar = new MenuBar(file, edit, view, help);
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    private static KeyCombination shortcut(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN);
    }

    private MenuItem item(String key, String id, Ikon icon, KeyCombination accelerator) {
        MenuItem item = new MenuItem(messages.get(key));
        item.setId(id);
        if (icon != null) {
            item.setGraphic(Icons.of(icon, 14));
        }
        if (accelerator != null) {
            item.setAccelerator(accelerator);
        }
        return item;
    }

    private void fillRecent(Menu recent) {
        recent.getItems().clear();
        int i = 0;
        for (Path p : viewModel.recentFiles()) {
            Path name = p.getFileName();
            MenuItem item = new MenuItem((name == null ? p : name) + "   —   "
                    + (p.getParent() == null ? "" : p.getParent()));
            item.setMnemonicParsing(false);
            item.setId("menuRecent" + i);
            item.setOnAction(e -> viewModel.open(p));
            recent.getItems().add(item);
            i++;
        }
        if (i == 0) {
            MenuItem none = new MenuItem(messages.get("menu.file.recent.none"));
            none.setDisable(true);
            recent.getItems().add(none);
        } else {
            MenuItem clear = new MenuItem(messages.get("menu.file.recent.clear"));
            clear.setId("menuRecentClear");
            clear.setOnAction(e -> viewModel.clearRecentFiles());
            recent.getItems().addAll(new SeparatorMenuItem(), clear);
        }
    }

    private ToolBar toolBar() {
        Button create = tool(Icons.NEW, "menu.file.new", "toolNew", viewModel::newProject);
        Button open = tool(Icons.OPEN, "menu.file.open", "toolOpen", viewModel::chooseAndOpen);
        Button saveAs = tool(Icons.SAVE_AS, "menu.file.saveAs", "toolSaveAs", viewModel::saveAs);
        saveAs.disableProperty().bind(viewModel.projectOpenProperty().not());
        Button export = tool(Icons.EXPORT_ALL, "menu.file.export", "toolExport", this::showExport);
        export.disableProperty().bind(viewModel.projectOpenProperty().not());
        Button undo = tool(Icons.UNDO, "action.undo", "toolUndo", viewModel::undo);
        undo.disableProperty().bind(viewModel.canUndoProperty().not());
        undo.getTooltip().textProperty().bind(viewModel.undoTextProperty());
        Button redo = tool(Icons.REDO, "action.redo", "toolRedo", viewModel::redo);
        redo.disableProperty().bind(viewModel.canRedoProperty().not());
        redo.getTooltip().textProperty().bind(viewModel.redoTextProperty());
        Button cut = tool(Icons.CUT, "menu.edit.cut", "toolCut", viewModel::cutSelection);
        cut.disableProperty().bind(viewModel.hasActorSelectionProperty().not());
        Button copy = tool(Icons.COPY, "menu.edit.copy", "toolCopy", viewModel::copySelection);
        copy.disableProperty().bind(viewModel.hasActorSelectionProperty().not());
        Button paste = tool(Icons.PASTE, "menu.edit.paste", "toolPaste", viewModel::paste);
        paste.disableProperty().bind(viewModel.projectOpenProperty().not());
        Button delete = tool(Icons.DELETE, "menu.edit.delete", "toolDelete", viewModel::deleteSelection);
        delete.disableProperty().bind(viewModel.hasSelectionProperty().not());
        Button zoomIn = tool(Icons.ZOOM_IN, "menu.view.zoomIn", "toolZoomIn", () -> onPage(WorkbenchPage::zoomIn));
        Button zoomOut = tool(Icons.ZOOM_OUT, "menu.view.zoomOut", "toolZoomOut",
                () -> onPage(WorkbenchPage::zoomOut));
        Button zoomReset = tool(Icons.ZOOM_RESET, "menu.view.zoomReset", "toolZoomReset",
                () -> onPage(WorkbenchPage::zoomReset));
        Button present = tool(Icons.PRESENT, "menu.view.presentation", "toolPresentation", this::togglePresentation);
        present.disableProperty().bind(viewModel.projectOpenProperty().not());
        for (ButtonBase b : new ButtonBase[] {zoomIn, zoomOut, zoomReset}) {
            b.disableProperty().bind(viewModel.projectOpenProperty().not());
        }

        findField = new TextField();
        findField.setId("findField");
        findField.getStyleClass().add("find-field");
        findField.setPromptText(messages.format("find.prompt", shortcut(KeyCode.F).getDisplayText()));
        findField.setPrefColumnCount(16);
        findField.disableProperty().bind(viewModel.projectOpenProperty().not());
        findField.setOnAction(e -> find(findField.getText()));
        Label findIcon = new Label(null, Icons.of(Icons.FIND, 14));
        HBox findBox = new HBox(6, findIcon, findField);
        findBox.setAlignment(Pos.CENTER_LEFT);

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        ToolBar bar = new ToolBar(create, open, saveAs, export, separator(), undo, redo, separator(), cut, copy, paste,
                delete, separator(), zoomOut, zoomReset, zoomIn, separator(), present, spacer, findBox);
        bar.setId("toolbar");
        return bar;
    }

    private static Separator separator() {
        return new Separator(Orientation.VERTICAL);
    }

    private Button tool(Ikon icon, String tooltipKey, String id, Runnable action) {
        Button b = new Button(null, Icons.of(icon, 18));
        b.setId(id);
        b.getStyleClass().addAll("tool-button", "flat");
        b.setTooltip(new Tooltip(messages.get(tooltipKey).replace("_", "").replace("…", "")));
        b.setFocusTraversable(false);
        b.setOnAction(e -> action.run());
        return b;
    }

    private void onPage(java.util.function.Consumer<WorkbenchPage> action) {
        if (page != null) {
            action.accept(page);
        }
    }

    /**
     * File → Export network picture…: shows the Network page (the picture is taken from it), asks
     * for format and file, and has the page write it; the status bar says how it went.
     */
    private void exportNetworkPicture() {
        ProjectSession session = viewModel.sessionProperty().get();
        if (session == null) {
            return;
        }
        viewModel.selectedViewProperty().set(NavigatorEntry.NETWORK);
        if (!(openPages.get(NavigatorEntry.NETWORK) instanceof NetworkView network)) {
            return;
        }
        if (!network.isReady()) {
            viewModel.networkExportNotReady();
            return;
        }
        NetworkExportDialog.ask(root.getScene().getWindow(), messages, session.file().path()).ifPresent(choice -> {
            CompletableFuture<Path> written = choice.svg() ? network.exportSvg(choice.file())
                    : network.exportPng(choice.file(), choice.scale());
            written.whenComplete((path, error) -> Platform.runLater(
                    () -> viewModel.networkExported(choice.file(), error)));
        });
    }

    /** File → Export…: the workbook, CSV folder, GraphML or GEXF (the picture formats come back here). */
    private void showExport() {
        exchange.showExport(root.getScene().getWindow(), viewModel.sessionProperty().get(), this::exportNetworkPicture);
    }

    /** File → Import…: checked and shown before anything is written. */
    private void showImport() {
        exchange.showImport(root.getScene().getWindow(), viewModel.sessionProperty().get());
    }

    /** The export and import windows (tests replace their seams). */
    public ExchangeDialogs exchangeDialogs() {
        return exchange;
    }

    private void focusFind() {
        findField.requestFocus();
        findField.selectAll();
    }

    /** Edit → Find: the matching actors become the selection and the page shows them. */
    private void find(String query) {
        if (viewModel.find(query) > 0) {
            onPage(WorkbenchPage::reveal);
        }
    }

    // ---------------------------------------------------------------- navigator and status bar

    private ListView<NavigatorEntry> navigator() {
        ListView<NavigatorEntry> list = new ListView<>();
        list.setId("navigator");
        list.getStyleClass().add("navigator");
        list.getItems().setAll(viewModel.navigatorEntries());
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(NavigatorEntry entry, boolean empty) {
                super.updateItem(entry, empty);
                setText(empty || entry == null ? null : messages.get(entry.messageKey()));
                setGraphic(empty || entry == null ? null : Icons.navigator(entry, 16));
            }
        });
        list.getSelectionModel().select(viewModel.selectedViewProperty().get());
        list.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> {
            if (now != null) {
                viewModel.selectedViewProperty().set(now);
            }
        });
        viewModel.selectedViewProperty().addListener((o, old, now) -> list.getSelectionModel().select(now));
        list.setPrefWidth(164);
        list.setMinWidth(150);
        return list;
    }

    private Parent statusBar() {
        Label path = new Label();
        path.setId("statusPath");
        path.getStyleClass().add("status-path");
        path.textProperty().bind(viewModel.statusTextProperty());
        path.setMinWidth(80);
        Label project = new Label();
        project.setId("statusProject");
        project.getStyleClass().add("status-project");
        project.textProperty().bind(viewModel.projectNameProperty());
        project.setMinWidth(Region.USE_PREF_SIZE);
        Label readOnly = new Label(messages.get("status.readOnly"), Icons.of(Icons.READ_ONLY, 12));
        readOnly.setId("readOnlyBadge");
        readOnly.getStyleClass().add("read-only-badge");
        readOnly.visibleProperty().bind(viewModel.readOnlyProperty());
        readOnly.managedProperty().bind(readOnly.visibleProperty());
        Label message = new Label();
        message.setId("statusMessage");
        message.getStyleClass().add("status-message");
        message.textProperty().bind(viewModel.messageProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label counts = new Label();
        counts.setId("statusCounts");
        counts.textProperty().bind(viewModel.countsTextProperty());
        counts.setMinWidth(Region.USE_PREF_SIZE);
        ProgressIndicator working = new ProgressIndicator();
        working.setId("busy");
        working.setPrefSize(14, 14);
        working.setMaxSize(14, 14);
        working.visibleProperty().bind(viewModel.busyProperty());
        Label workingText = new Label(messages.get("status.working"));
        workingText.getStyleClass().add("status-working");
        workingText.visibleProperty().bind(viewModel.busyProperty());
        HBox bar = new HBox(10, project, path, readOnly, message, spacer, working, workingText, counts);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("status-bar");
        return bar;
    }

    // ---------------------------------------------------------------- dialogs

    private void showAbout() {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(root.getScene().getWindow());
        alert.setTitle(messages.get("about.title"));
        alert.setHeaderText(messages.get("app.name"));
        alert.setContentText(viewModel.aboutText());
        alert.show();
    }

    private void showPreferences() {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(root.getScene().getWindow());
        dialog.setTitle(messages.get("preferences.title"));
        dialog.getDialogPane().setId("preferencesDialog");
        ChoiceBox<String> language = new ChoiceBox<>();
        language.setId("languageChoice");
        language.getItems().setAll("", "ja", "en");
        language.setConverter(Converters.of(code -> messages.get(code.isEmpty() ? "preferences.language.system"
                : "preferences.language." + code)));
        language.setValue(viewModel.languagePreference());
        Label label = new Label(messages.get("preferences.language"));
        label.setLabelFor(language);
        Label note = new Label(messages.get("preferences.language.restart"));
        note.getStyleClass().add("hint");
        note.setWrapText(true);
        VBox content = new VBox(8, label, language, note);
        content.setPrefWidth(380);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(b -> b);
        dialog.showAndWait().filter(ButtonType.OK::equals)
                .ifPresent(b -> viewModel.setLanguagePreference(language.getValue()));
    }
}
