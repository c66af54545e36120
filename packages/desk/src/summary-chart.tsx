import type { Text } from "@tianbiao/core";
import { BarChart } from "echarts/charts";
import { GridComponent, LegendComponent, TooltipComponent } from "echarts/components";
import * as echarts from "echarts/core";
import { SVGRenderer } from "echarts/renderers";
import { useEffect, useId, useRef } from "react";
import { Bi, useLang } from "./context";
import { plainText } from "./messages";

// Only the parts the desk draws: bar charts, their grid, legend and tooltip, rendered as SVG.
echarts.use([BarChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

export interface ChartSeries {
  name: Text;
  values: number[];
}

export interface SummaryChartProps {
  title: Text;
  /** The bars' categories (regions, or a choice's options). */
  categories: Text[];
  series: ChartSeries[];
  /** The value axis's name (a unit: 万美元, 人). */
  unit?: Text;
}

const palette = ["#8a1c1c", "#1d4f91", "#1e6b35", "#7a5a00", "#5b2a86"];

/**
 * A bar chart with its data as a table beside it: the chart is a picture for sighted readers, the
 * table is what assistive technology reads (and anyone who wants the figures).
 */
export function SummaryChart({ title, categories, series, unit }: SummaryChartProps) {
  const id = useId();
  const lang = useLang();
  const box = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const chart = echarts.init(element, undefined, { renderer: "svg" });
    const text = (t: Text) => plainText(t, lang);
    chart.setOption({
      animation: false,
      color: palette,
      aria: { enabled: false },
      tooltip: { trigger: "axis" },
      legend: series.length > 1 ? { top: 0, data: series.map((s) => text(s.name)) } : undefined,
      grid: { left: 8, right: 16, bottom: 8, top: series.length > 1 ? 40 : 16, containLabel: true },
      xAxis: {
        type: "category",
        data: categories.map(text),
        axisLabel: { interval: 0, overflow: "break", width: 80 },
      },
      yAxis: { type: "value", name: unit ? text(unit) : undefined, nameTextStyle: { align: "left" } },
      series: series.map((s) => ({ type: "bar", name: text(s.name), data: s.values, stack: undefined })),
    });
    const resize = () => chart.resize();
    window.addEventListener("resize", resize);
    return () => {
      window.removeEventListener("resize", resize);
      chart.dispose();
    };
  }, [categories, series, unit, lang]);

  return (
    <figure className="desk-chart" aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`} className="desk-chart-title">
        <Bi text={title} />
      </figcaption>
      <div className="desk-chart-body">
        <div ref={box} className="desk-chart-canvas" aria-hidden="true" data-chart="" />
        <div className="desk-table-scroll">
          <table className="desk-table desk-chart-data">
            <thead>
              <tr>
                <td />
                {series.map((s) => (
                  <th key={s.name.zh} scope="col">
                    <Bi text={s.name} />
                    {unit ? (
                      <span className="desk-muted">
                        {" "}
                        (<Bi text={unit} />)
                      </span>
                    ) : null}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {categories.map((category, row) => (
                <tr key={`${category.zh}\u0000${category.en}`}>
                  <th scope="row">
                    <Bi text={category} />
                  </th>
                  {series.map((s) => (
                    <td key={s.name.zh} className="desk-number">
                      {formatNumber(s.values[row] ?? 0)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
    </figure>
  );
}

export function formatNumber(value: number): string {
  return value.toLocaleString("zh-CN", { maximumFractionDigits: 4 });
}
