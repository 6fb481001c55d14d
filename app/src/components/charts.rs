//! Charts as hand-written SVG, drawn on the server so a page is complete without JavaScript.
//!
//! Each chart is one `<svg role="img">` named by its `<title>` and described by its `<desc>`,
//! inside a `<figure>` whose "Show as table" disclosure holds the same numbers as a table (the
//! caller passes it in). No `viewBox`: bars are placed in percentages of the chart's width and
//! text in CSS pixels, so the text keeps its size and the bars reflow at any width, down to 320
//! px. Every bar carries its value as text; colour never carries meaning alone.

use leptos::prelude::*;

use super::tr;
use crate::domain::dashboard::{bar_percent, short_label};

/// One bar: what it counts, its value, and how the value is written on it ("42 (18%)").
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Bar {
    pub label: String,
    pub value: f64,
    pub value_text: String,
}

/// Characters of a label a bar chart shows before cutting it short: one line on a phone (down to
/// 320 px), and on a wider screen (the stylesheet shows one or the other).
const LABEL_CHARS: usize = 38;
const WIDE_LABEL_CHARS: usize = 80;
/// Height of one bar's band: its label above, the bar below.
const BAND: usize = 46;
/// The widest bar leaves room on its right for its value (about 16 characters at 320 px).
const BAR_ROOM: f64 = 58.0;

/// A chart and its table: the svg is named and described, the table behind a disclosure.
#[component]
pub fn ChartFigure(
    /// The chart, from one of the chart components.
    chart: AnyView,
    /// The same numbers as a table.
    table: AnyView,
) -> impl IntoView {
    view! {
        <figure class="chart">
            {chart}
            <details class="details chart__table">
                <summary class="details__summary">
                    <span class="details__summary-text">{tr("results-chart-show-table")}</span>
                </summary>
                <div class="details__text">{table}</div>
            </details>
        </figure>
    }
}

/// The `<svg role="img">` every chart is drawn in, named by its title and described.
#[component]
fn ChartSvg(
    id: String,
    title: Signal<String>,
    description: Signal<String>,
    height: usize,
    children: Children,
) -> impl IntoView {
    let title_id = format!("{id}-title");
    let desc_id = format!("{id}-desc");
    let (labelled_by, described_by) = (title_id.clone(), desc_id.clone());
    view! {
        <svg
            class="chart__svg"
            role="img"
            aria-labelledby=labelled_by
            aria-describedby=described_by
            width="100%"
            height=height
            data-chart=id
        >
            <title id=title_id>{move || title.get()}</title>
            <desc id=desc_id>{move || description.get()}</desc>
            {children()}
        </svg>
    }
}

/// A band's label, on one line: cut shorter on a phone than on a wide screen.
#[component]
fn ChartLabel(
    top: usize,
    label: Signal<String>,
    /// The label's language, when it is the consultation's words on a Welsh page.
    lang: Option<&'static str>,
) -> impl IntoView {
    view! {
        <text class="chart__label chart__label--narrow" x="0" y=top + 15 lang=lang>
            {move || label.with(|l| short_label(l, LABEL_CHARS))}
        </text>
        <text class="chart__label chart__label--wide" x="0" y=top + 15 lang=lang>
            {move || label.with(|l| short_label(l, WIDE_LABEL_CHARS))}
        </text>
    }
}

/// Horizontal bars, one band each: the label on a line, the bar under it with its value after
/// it. `max` is the value a full bar stands for (the largest value if `None`). The number of
/// bars is fixed when drawn; their labels, lengths and values follow `bars` as it changes.
#[component]
pub fn BarChart(
    /// Unique on the page: names the title and description.
    id: String,
    #[prop(into)] title: Signal<String>,
    #[prop(into)] description: Signal<String>,
    #[prop(into)] bars: Signal<Vec<Bar>>,
    #[prop(optional)] max: Option<f64>,
    /// The labels' language (`content_lang` for the consultation's words; none for interface
    /// text).
    #[prop(optional_no_strip)]
    lang: Option<&'static str>,
) -> impl IntoView {
    let count = bars.with_untracked(Vec::len);
    let widest =
        move || max.unwrap_or_else(|| bars.with(|b| b.iter().map(|b| b.value).fold(0.0, f64::max)));
    let bands = (0..count)
        .map(|i| {
            let bar = move || bars.with(|b| b.get(i).cloned().unwrap_or_default());
            let width = move || bar_percent(bar().value, widest()) * BAR_ROOM / 100.0;
            let top = i * BAND;
            view! {
                <g class="chart__band">
                    <ChartLabel top label=Signal::derive(move || bar().label) lang />
                    <rect class="chart__track" x="0" y=top + 21 width=format!("{BAR_ROOM}%") height="16" />
                    <rect class="chart__bar" x="0" y=top + 21 width=move || format!("{}%", width()) height="16" />
                    <text class="chart__value" x=move || format!("{}%", width()) dx="6" y=top + 34>
                        {move || bar().value_text}
                    </text>
                </g>
            }
        })
        .collect_view();
    view! {
        <ChartSvg id title description height=count * BAND + 4>
            {bands}
        </ChartSvg>
    }
}

/// A stacked bar's row: its label and each segment's share (whole percentages, in the legend's
/// order).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct StackedRow {
    pub label: String,
    pub shares: Vec<u32>,
}

/// Stacked bars, one band per row (a grid's statements): each row's segments fill its bar in
/// proportion, left to right in the order of `legend` (a grid's scale), each showing its share
/// as text when there is room. Rows with no answers say "No answers".
#[component]
pub fn StackedBarChart(
    id: String,
    #[prop(into)] title: Signal<String>,
    #[prop(into)] description: Signal<String>,
    legend: Vec<String>,
    #[prop(into)] rows: Signal<Vec<StackedRow>>,
    /// The rows' and legend's language (`content_lang` for the consultation's words; none for
    /// interface text).
    #[prop(optional_no_strip)]
    lang: Option<&'static str>,
) -> impl IntoView {
    let count = rows.with_untracked(Vec::len);
    let swatches = legend.len();
    let bands = (0..count)
        .map(|i| {
            let row = move || rows.with(|r| r.get(i).cloned().unwrap_or_default());
            let top = i * BAND;
            // One rect per point of the scale, always drawn (a share of 0 is 0 wide), so the
            // segments keep their places as the shares change.
            let layout = move || {
                let shares = row().shares;
                let total: u32 = shares.iter().sum();
                let mut left = 0.0;
                shares
                    .iter()
                    .map(|share| {
                        // Rounded shares may add to 99 or 101: scale them to the bar.
                        let width = f64::from(*share) * 100.0 / f64::from(total.max(1));
                        let x = left;
                        left += width;
                        (x, width, *share)
                    })
                    .collect::<Vec<_>>()
            };
            let segments = (0..swatches)
                .map(|k| {
                    let part = move || layout().get(k).copied().unwrap_or((0.0, 0.0, 0));
                    view! {
                        <rect
                            class=segment_class(k, swatches)
                            x=move || format!("{:.2}%", part().0)
                            y=top + 21
                            width=move || format!("{:.2}%", part().1)
                            height="18"
                        />
                        <text
                            class=format!("chart__segment-value {}", text_class(k, swatches))
                            x=move || format!("{:.2}%", part().0 + part().1 / 2.0)
                            y=top + 34
                            text-anchor="middle"
                        >
                            {move || {
                                let (_, width, share) = part();
                                if width >= 9.0 { format!("{share}%") } else { String::new() }
                            }}
                        </text>
                    }
                })
                .collect_view();
            view! {
                <g class="chart__band">
                    <ChartLabel top label=Signal::derive(move || row().label) lang />
                    <text class="chart__value" x="0" y=top + 34>
                        {move || {
                            if row().shares.iter().sum::<u32>() == 0 {
                                tr("results-chart-no-answers")
                            } else {
                                String::new()
                            }
                        }}
                    </text>
                    {segments}
                </g>
            }
        })
        .collect_view();
    view! {
        // The legend names the segments in order; the table says the same to everyone.
        <ol class="chart__legend" aria-hidden="true">
            {legend
                .into_iter()
                .enumerate()
                .map(|(i, label)| {
                    view! {
                        <li class="chart__legend-item" lang=lang>
                            <svg class="chart__swatch" width="14" height="14" aria-hidden="true">
                                <rect width="14" height="14" class=segment_class(i, swatches) />
                            </svg>
                            {label}
                        </li>
                    }
                })
                .collect_view()}
        </ol>
        <ChartSvg id title description height=count * BAND + 4>
            {bands}
        </ChartSvg>
    }
}

/// The class of segment `k` of `n`: a light-to-dark ramp (darker is further along the scale),
/// each segment outlined in the text colour so its edges stand out at more than 3:1 whatever
/// its shade (WCAG 1.4.11), and neighbours are told apart without colour.
fn segment_class(k: usize, n: usize) -> String {
    format!("chart__segment chart__segment--{}", ramp_step(k, n))
}

fn text_class(k: usize, n: usize) -> &'static str {
    if ramp_step(k, n) >= 3 {
        "chart__segment-value--light"
    } else {
        "chart__segment-value--dark"
    }
}

/// Which of the six shades segment `k` of `n` takes, spread over the ramp.
fn ramp_step(k: usize, n: usize) -> usize {
    if n <= 1 {
        return 5;
    }
    (k * 5 + (n - 1) / 2) / (n - 1)
}

/// One column of a column chart (responses per day or week).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Column {
    /// Short, for the axis ("3 Nov").
    pub label: String,
    pub value: i64,
}

/// Height of the plot in a column chart, and the room above it (for the scale).
const PLOT: usize = 140;
const PLOT_TOP: usize = 22;
/// Each column's value is written above it when there are at most this many.
const VALUES_WRITTEN_UP_TO: usize = 14;

/// Columns over time: a scale line at the highest value (written on it) and at half of it, the
/// first and last periods named under the axis, and each column's value written above it when
/// there are few enough to have room. The number of columns is fixed when drawn.
#[component]
pub fn ColumnChart(
    id: String,
    #[prop(into)] title: Signal<String>,
    #[prop(into)] description: Signal<String>,
    #[prop(into)] columns: Signal<Vec<Column>>,
) -> impl IntoView {
    let count = columns.with_untracked(Vec::len);
    let n = count.max(1);
    let slot = 100.0 / n as f64;
    let baseline = PLOT_TOP + PLOT;
    let show_values = count <= VALUES_WRITTEN_UP_TO;
    let max = move || columns.with(|c| c.iter().map(|c| c.value).max().unwrap_or(0).max(1));
    let y_of = move |value: i64| {
        let max = max();
        baseline - (value.max(0) as usize * PLOT / max as usize).min(PLOT)
    };
    let label_of =
        move |i: usize| columns.with(|c| c.get(i).map(|c| c.label.clone()).unwrap_or_default());
    let bars = (0..count)
        .map(|i| {
            let value = move || columns.with(|c| c.get(i).map_or(0, |c| c.value));
            let x = i as f64 * slot + slot * 0.1;
            view! {
                <rect
                    class="chart__bar"
                    x=format!("{x:.3}%")
                    y=move || y_of(value())
                    width=format!("{:.3}%", slot * 0.8)
                    height=move || baseline - y_of(value())
                />
                {show_values
                    .then(|| {
                        view! {
                            <text
                                class="chart__value"
                                x=format!("{:.3}%", i as f64 * slot + slot / 2.0)
                                y=move || y_of(value()) - 4
                                text-anchor="middle"
                            >
                                {move || if value() > 0 { value().to_string() } else { String::new() }}
                            </text>
                        }
                    })}
            }
        })
        .collect_view();
    view! {
        <ChartSvg id title description height=baseline + 24>
            <line class="chart__gridline" x1="0" x2="100%" y1=PLOT_TOP y2=PLOT_TOP />
            <text class="chart__scale" x="100%" y=PLOT_TOP - 4 text-anchor="end">
                {move || crate::domain::dashboard::format_count(max())}
            </text>
            {(!show_values)
                .then(|| {
                    let half_y = move || y_of(max() / 2);
                    view! {
                        <line class="chart__gridline" x1="0" x2="100%" y1=half_y y2=half_y />
                        <text class="chart__scale" x="100%" y=move || half_y() - 4 text-anchor="end">
                            {move || crate::domain::dashboard::format_count(max() / 2)}
                        </text>
                    }
                })}
            {bars}
            <line class="chart__axis" x1="0" x2="100%" y1=baseline y2=baseline />
            <text class="chart__label" x="0" y=baseline + 18>
                {move || label_of(0)}
            </text>
            <text class="chart__label" x="100%" y=baseline + 18 text-anchor="end">
                {move || label_of(count.saturating_sub(1))}
            </text>
        </ChartSvg>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn segments_spread_over_the_ramp_from_light_to_dark() {
        assert_eq!(
            (0..5).map(|k| ramp_step(k, 5)).collect::<Vec<_>>(),
            [0, 1, 3, 4, 5]
        );
        assert_eq!((0..2).map(|k| ramp_step(k, 2)).collect::<Vec<_>>(), [0, 5]);
        assert_eq!(ramp_step(0, 1), 5);
        assert_eq!(
            (0..11).map(|k| ramp_step(k, 11)).collect::<Vec<_>>(),
            [0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5]
        );
    }
}
