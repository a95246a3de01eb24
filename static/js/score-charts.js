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
        scales: { r: { min: 0, max: 100, ticks: { stepSize: 20 } } },
        plugins: { legend: { display: data.radar.datasets.length > 1, position: "bottom" } },
      },
    });
  }
  const trend = document.getElementById("trend-chart");
  if (trend && data.trend) {
    new Chart(trend, {
      type: "line",
      data: { labels: data.trend.labels.map(function (t) { return t.slice(0, 16).replace("T", " "); }),
              datasets: [{ label: "overall", data: data.trend.data, borderColor: colours[0], stepped: true }] },
      options: { animation: false, maintainAspectRatio: false, scales: { y: { min: 0, max: 100 } },
                 plugins: { legend: { display: false } } },
    });
  }
})();
