// The benchmark's reference: Cermin's learning-agility radar drawn with Chart.js 4.
// Query: w, h (canvas size in CSS px, to match Cermin's canvas) and data (9 comma-separated levels).
// With animation off Chart.js draws synchronously inside `new Chart`, so the mark right after it
// is "first chart drawn" (draw calls issued, before paint), like the end of Cermin's `cermin:draw`.
(function () {
  const query = new URLSearchParams(location.search);
  const number = (name, fallback) => {
    const value = Number(query.get(name));
    return Number.isFinite(value) && value > 0 ? value : fallback;
  };
  const data = (query.get("data") || "4,3,4,2,3,5,4,3,4").split(",").map(Number);
  const canvas = document.getElementById("chart");
  canvas.width = number("w", 560);
  canvas.height = number("h", 476);

  new Chart(canvas, {
    type: "radar",
    data: {
      labels: [
        "Flexibility",
        "Speed",
        "Experimenting",
        "Performance risk taking",
        "Interpersonal risk taking",
        "Collaborating",
        "Information gathering",
        "Feedback seeking",
        "Reflecting",
      ],
      datasets: [
        {
          label: "Current",
          data,
          fill: true,
          backgroundColor: "rgba(29, 78, 216, 0.25)",
          borderColor: "rgb(29, 78, 216)",
          pointBackgroundColor: "rgb(29, 78, 216)",
        },
      ],
    },
    options: {
      animation: false,
      responsive: false,
      scales: { r: { min: 0, max: 5, ticks: { stepSize: 1 } } },
    },
  });
  performance.mark("chartjs:drawn");
})();
