/* The probe dashboard's chart: median first answer per month and severity, promises dashed. */
(function () {
  const source = document.getElementById("probe-chart-data");
  const canvas = document.getElementById("probe-chart");
  if (!source || !canvas || typeof Chart === "undefined") return;
  const data = JSON.parse(source.textContent);
  new Chart(canvas, {
    type: "line",
    data: { labels: data.labels, datasets: data.datasets },
    options: {
      maintainAspectRatio: false,
      interaction: { mode: "index", intersect: false },
      scales: { y: { beginAtZero: true, title: { display: true, text: data.yTitle } } },
      plugins: { legend: { position: "bottom" } },
    },
  });
})();
