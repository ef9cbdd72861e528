// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QSplitter;
class QString;
class QTableView;

namespace mentordesk {

/// Sets up a list of records the same way on every people page: whole-row single selection, no
/// in-place editing, elided text, no word wrap and fixed row heights (cheap with thousands of rows;
/// never resizeRowsToContents).
void configureRecordTable(QTableView* view);

/// Makes `row` (column `column`) the current, selected and visible row of `view`; clears the current
/// row and the selection when `row` is outside the model.
void selectRecordRow(QTableView* view, int row, int column);

/// Widens every column whose header text does not fit (after a language change, too). Measures the
/// header only, never the rows.
void widenColumnsToHeaders(QTableView* view);

/// Gives a list/detail splitter its remembered layout (QSettings `settingsKey`), or `listShare` percent of
/// its width for the list the first time, and remembers it when the user moves it.
void rememberSplitter(QSplitter* splitter, const QString& settingsKey, int listShare);

} // namespace mentordesk
