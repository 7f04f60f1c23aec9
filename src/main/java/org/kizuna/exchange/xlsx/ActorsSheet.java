// SPDX-License-Identifier: Apache-2.0
package org.kizuna.exchange.xlsx;

import org.apache.poi.ss.usermodel.Sheet;
import org.kizuna.exchange.TidyColumn;
import org.kizuna.exchange.TidyRows;
import org.kizuna.model.Actor;

/** Sheet 6, 機関一覧 / Actors: the tidy actor table (columns in {@link TidyColumn}). */
final class ActorsSheet implements SheetWriter {
    @Override
    public String code() {
        return "actors";
    }

    @Override
    public String nameKey() {
        return "sheet.actors";
    }

    @Override
    public void write(SheetContext ctx, Sheet sheet) {
        StyleSpec text = StyleSpec.PLAIN;
        StyleSpec bool = StyleSpec.PLAIN.withFormat(TidySheet.BOOLEAN_FORMAT);
        StyleSpec coord = StyleSpec.PLAIN.withFormat("0.00");
        StyleSpec[] styles = {text, text, text, text, text, text, bool, text, text, text, text, coord, coord};
        TidySheet t = new TidySheet(ctx, sheet, TidyRows.headers(TidyColumn.Table.ACTORS, ctx.lang()), styles);
        TidyRows rows = new TidyRows(ctx.project(), ctx.actorsById(), ctx.lang());
        for (Actor a : ctx.project().actors()) {
            t.add(rows.actor(a));
        }
        t.finish();
    }
}
