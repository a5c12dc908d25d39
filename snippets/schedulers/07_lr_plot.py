#: plot lr_schedules.svg
import os

import matplotlib
import torch
from torch import nn
from torch.optim import lr_scheduler as sched

matplotlib.use("Agg")
import matplotlib.pyplot as plt

grey = "#808080"  # readable on light and dark backgrounds
# The site draws the plot once per language (NOTES_LANG); run as it is, it is English.
LABELS = {
    "en": {"x": "epoch", "y": "learning rate", "warmup": "warm-up (5) + cosine"},
    "zh": {"x": "轮次（epoch）", "y": "学习率", "warmup": "预热 (5) + 余弦退火"},
}
text = LABELS.get(os.environ.get("NOTES_LANG", "en"), LABELS["en"])


def lrs(make, epochs=30):
    optimizer = torch.optim.SGD(nn.Linear(2, 1).parameters(), lr=0.1)
    scheduler = make(optimizer)
    values = []
    for _ in range(epochs):
        values.append(scheduler.get_last_lr()[0])
        optimizer.step()
        scheduler.step()
    return values


curves = {
    "StepLR(step_size=10, gamma=0.1)": lrs(lambda o: sched.StepLR(o, 10, 0.1)),
    "CosineAnnealingLR(T_max=30)": lrs(lambda o: sched.CosineAnnealingLR(o, 30)),
    "LinearLR warm-up (5) + cosine": lrs(
        lambda o: sched.SequentialLR(
            o,
            [sched.LinearLR(o, 0.1, total_iters=5), sched.CosineAnnealingLR(o, 25)],
            [5],
        )
    ),
}
for name, values in curves.items():
    print(f"{name:32}", [f"{values[e]:.3g}" for e in (0, 5, 15, 29)])
    #> StepLR(step_size=10, gamma=0.1)  ['0.1', '0.1', '0.01', '0.001']
    #> CosineAnnealingLR(T_max=30)      ['0.1', '0.0933', '0.05', '0.000274']
    #> LinearLR warm-up (5) + cosine    ['0.01', '0.1', '0.0655', '0.000394']

plt.rcParams.update(
    {
        "svg.hashsalt": "pytorch-notes",
        "svg.fonttype": "path",  # text as outlines: the SVG needs no font
        "font.family": ["DejaVu Sans", "Noto Sans CJK SC"],  # CJK glyphs from Noto
        "font.size": 12,
        "text.color": grey,
        "axes.labelcolor": grey,
        "axes.edgecolor": grey,
        "xtick.color": grey,
        "ytick.color": grey,
    }
)
fig, ax = plt.subplots(figsize=(5, 4))  # 360 pt: a phone's width at 100 %
fig.patch.set_alpha(0)
ax.set_facecolor("none")
legend = ["StepLR", "CosineAnnealingLR", "LinearLR " + text["warmup"]]
for values, label, color in zip(
    curves.values(), legend, ["#2e86de", "#e6550d", "#2ca02c"]
):
    ax.plot(range(30), values, label=label, color=color, linewidth=2)
ax.set(xlabel=text["x"], ylabel=text["y"])
ax.grid(color=grey, alpha=0.3)
ax.legend(frameon=False, loc="lower center", bbox_to_anchor=(0.5, 1), ncol=1)
fig.tight_layout()
plt.savefig("lr_schedules.svg", transparent=True, metadata={"Date": None})
