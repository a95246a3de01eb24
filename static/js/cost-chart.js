/* A contract's cost per year, one stacked bar per year and one colour per category. */
(function () {
  const source = document.getElementById("cost-chart-data");
  const canvas = document.getElementById("cost-chart");
  if (!source || !canvas || typeof Chart === "undefined") return;
  const data = JSON.parse(source.textContent);
  const format = new Intl.NumberFormat(document.documentElement.lang || undefined, { maximumFractionDigits: 0 });
  new Chart(canvas, {
    type: "bar",
    data: { labels: data.labels, datasets: data.datasets },
    options: {
      maintainAspectRatio: false,
      scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { callback: (v) => format.format(v) } } },
      plugins: {
        legend: { position: "bottom" },
        tooltip: { callbacks: { label: (ctx) => `${ctx.dataset.label}: ${format.format(ctx.parsed.y)}` } },
      },
    },
  });
})();
