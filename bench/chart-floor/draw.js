// One small bar chart, drawn as soon as Chart.js has run; the button is enabled once it is, as on the dashboard.
new window.Chart(document.getElementById('chart'), {
  type: 'bar',
  data: {
    labels: ['Iraq', 'Syria', 'Iraq and Syria'],
    datasets: [{ label: '2023', data: [137, 59, 196] }, { label: 'H1 2024', data: [100, 50, 150] }],
  },
  options: { responsive: true, maintainAspectRatio: false, animation: false },
});
document.querySelector('button[data-png-for]').disabled = false;
