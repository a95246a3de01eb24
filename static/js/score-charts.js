// Radar of dimension scores (one dataset per vendor) and the overall score over time.
(function () {
  "use strict";
  const source = document.getElementById("score-chart-data");
  if (!source || typeof Chart === "undefined") return;
  const data = JSON.parse(source.textContent);
  const colours = ["#2b6cb0", "#c05621", "#2f855a", "#6b46c1", "#b83280", "#2c7a7b"];
  const radar = document.getElementById("radar-chart");
  if (radar && data.radar) {
    data.radar.datasets.forEach(function (set, i) {
      set.borderColor = colours[i % colours.length];
      set.backgroundColor = colours[i % colours.length] + "33";
      set.spanGaps = true;
    });
    new Chart(radar, {
      type: "radar",
      data: data.radar,
      options: {
        animation: false, maintainAspectRatio: false,
        scales: { r: { min: 0, max: 100, ticks: { stepSize: 20 },
                       pointLabels: { font: { size: window.innerWidth < 500 ? 9 : 12 } } } },
        plugins: { legend: { display: data.radar.datasets.length > 1, position: "bottom" } },
      },
    });
  }
  const trend = document.getElementById("trend-chart");
  if (trend && data.trend) {
    // x is the reader's wall-clock time in ms as if it were UTC (see presentation.wall_clock_ms):
    // a linear axis spaces the points in proportion to time, toISOString() prints the reader's time.
    const when = function (ms, length) { return new Date(ms).toISOString().slice(0, length).replace("T", " "); };
    const xs = data.trend.points.map(function (p) { return p.x; });
    const spanDays = xs.length ? (Math.max.apply(null, xs) - Math.min.apply(null, xs)) / 864e5 : 0;
    new Chart(trend, {
      type: "line",
      data: { datasets: [{ label: data.trend.label, data: data.trend.points, borderColor: colours[0],
                           stepped: true, pointRadius: 2 }] },
      options: {
        animation: false, maintainAspectRatio: false, parsing: true,
        scales: {
          y: { min: 0, max: 100 },
          x: { type: "linear", ticks: { maxTicksLimit: 6, callback: function (v) { return when(v, spanDays > 2 ? 10 : 16); } } },
        },
        plugins: {
          legend: { display: false },
          tooltip: { callbacks: { title: function (items) { return when(items[0].parsed.x, 16); } } },
        },
      },
    });
  }
})();
