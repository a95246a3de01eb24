// Releases per quarter, fix vs feature, on the vendor page.
(function () {
  "use strict";
  const canvas = document.getElementById("release-chart");
  const source = document.getElementById("release-chart-data");
  if (!canvas || !source || typeof Chart === "undefined") return;
  const data = JSON.parse(source.textContent);
  const colours = ["#2f855a", "#2b6cb0"];
  data.datasets.forEach(function (set, i) { set.backgroundColor = colours[i % colours.length]; });
  new Chart(canvas, {
    type: "bar",
    data: data,
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } },
      plugins: { legend: { position: "bottom" } },
    },
  });
})();
