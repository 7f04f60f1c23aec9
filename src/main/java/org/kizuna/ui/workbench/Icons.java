// SPDX-License-Identifier: Apache-2.0
package org.kizuna.ui.workbench;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The window's icons (Feather, through Ikonli): one place that says which icon means what. */
final class Icons {
    static final Ikon NEW = Feather.FILE_PLUS;
    static final Ikon OPEN = Feather.FOLDER;
    static final Ikon SAVE_AS = Feather.SAVE;
    static final Ikon EXPORT = Feather.IMAGE;
    static final Ikon EXPORT_ALL = Feather.DOWNLOAD;
    static final Ikon IMPORT = Feather.UPLOAD;
    static final Ikon UNDO = Feather.ROTATE_CCW;
    static final Ikon REDO = Feather.ROTATE_CW;
    static final Ikon CUT = Feather.SCISSORS;
    static final Ikon COPY = Feather.COPY;
    static final Ikon PASTE = Feather.CLIPBOARD;
    static final Ikon DELETE = Feather.TRASH_2;
    static final Ikon FIND = Feather.SEARCH;
    static final Ikon ZOOM_IN = Feather.ZOOM_IN;
    static final Ikon ZOOM_OUT = Feather.ZOOM_OUT;
    static final Ikon ZOOM_RESET = Feather.MAXIMIZE;
    static final Ikon PRESENT = Feather.MONITOR;
    static final Ikon SETTINGS = Feather.SETTINGS;
    static final Ikon READ_ONLY = Feather.LOCK;
    static final Ikon ADD_ACTOR = Feather.PLUS_CIRCLE;
    static final Ikon CONNECT = Feather.LINK;

    private Icons() {
    }

    static FontIcon of(Ikon ikon) {
        return of(ikon, 16);
    }

    static FontIcon of(Ikon ikon, int size) {
        FontIcon icon = new FontIcon(ikon);
        icon.setIconSize(size);
        icon.getStyleClass().add("kizuna-icon");
        return icon;
    }

    static FontIcon navigator(NavigatorEntry entry, int size) {
        return of(switch (entry) {
            case NETWORK -> Feather.SHARE_2;
            case MATRIX -> Feather.GRID;
            case PROGRESS -> Feather.TRENDING_UP;
            case DIAGNOSIS -> Feather.ACTIVITY;
            case PROFILE -> Feather.INFO;
        }, size);
    }
}
