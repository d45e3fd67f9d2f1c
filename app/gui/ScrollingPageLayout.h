#pragma once

class QVBoxLayout;
class QWidget;

// Lays a page out as one column that scrolls as a whole when the window is too small for it, with
// about a line's room around it and between its parts. Returns the column to fill: what is added to
// it goes into the scrolled part. `page` must not have a layout yet.
QVBoxLayout *layOutScrollingPage(QWidget &page);
