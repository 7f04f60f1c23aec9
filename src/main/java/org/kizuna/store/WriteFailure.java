// SPDX-License-Identifier: Apache-2.0
package org.kizuna.store;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A write that was refused before it started, or that failed and left the target as it was. The
 * message names the cause in one line, in English ({@link #getMessage()}) and Japanese
 * ({@link #messageJa()}): the target, not the staging file, and what is wrong with it.
 */
public final class WriteFailure extends IOException {
    private static final long serialVersionUID = 1L;

    /** What went wrong, for callers that decide by it (tests, the export window). */
    public enum Cause {
        FOLDER_MISSING("folder does not exist", "フォルダーがありません"),
        NOT_A_FOLDER("is not a folder", "フォルダーではありません"),
        IS_A_FOLDER("is a folder", "フォルダーです"),
        PERMISSION_DENIED("permission denied", "書き込みの権限がありません"),
        READ_ONLY_FILE_SYSTEM("read-only file system", "読み取り専用のドライブです"),
        NO_SPACE("no space left on device", "ディスクの空きがありません"),
        IS_THE_PROJECT("is the open project or one of its side files; choose another name",
                "開いているプロジェクト（またはその付随ファイル）です。別の名前にしてください"),
        IS_A_PROJECT("is a Kizuna project (or another SQLite database); choose another name",
                "Kizuna のプロジェクト（または SQLite データベース）です。別の名前にしてください"),
        EXISTS("already exists", "すでにあります"),
        CANCELLED("cancelled", "取り消しました"),
        IO("cannot be written", "書き込めません");

        private final String en;
        private final String ja;

        Cause(String en, String ja) {
            this.en = en;
            this.ja = ja;
        }

        public String en() {
            return en;
        }

        public String ja() {
            return ja;
        }
    }

    private final transient Path target;
    private final Cause cause;
    private final String detail;

    public WriteFailure(Path target, Cause cause, String detail, Throwable source) {
        super(english(target, cause, detail), source);
        this.target = target;
        this.cause = cause;
        this.detail = detail;
    }

    public WriteFailure(Path target, Cause cause) {
        this(target, cause, null, null);
    }

    private static String english(Path target, Cause cause, String detail) {
        String where = target == null ? "" : target + ": ";
        return "cannot write " + where + cause.en() + (detail == null ? "" : " (" + detail + ")");
    }

    public Path target() {
        return target;
    }

    /** Why it failed. Named so as not to hide {@link Throwable#getCause()}. */
    public Cause reason() {
        return cause;
    }

    /** The message in Japanese. */
    public String messageJa() {
        String where = target == null ? "" : target + "：";
        return where + "書き込めません（" + cause.ja() + (detail == null ? "" : "：" + detail) + "）";
    }

    public String message(boolean japanese) {
        return japanese ? messageJa() : getMessage();
    }
}
