#: plot noise_schedules.svg
import os

import matplotlib
from diffusers import DDPMScheduler

matplotlib.use("Agg")
import matplotlib.pyplot as plt

schedules = {
    "linear": DDPMScheduler(beta_schedule="linear"),  # DDPM paper: 1e-4 .. 0.02
    "scaled_linear": DDPMScheduler(  # Stable Diffusion
        beta_schedule="scaled_linear", beta_start=0.00085, beta_end=0.012
    ),
}
grey = "#808080"
# The site draws the plot once per language (NOTES_LANG); run as it is, it is English.
LABELS = {
    "en": {"x": "timestep t", "y": "scale", "signal": "signal", "noise": "noise"},
    "zh": {"x": "时间步 t", "y": "系数", "signal": "信号", "noise": "噪声"},
}
text = LABELS.get(os.environ.get("NOTES_LANG", "en"), LABELS["en"])
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
fig, ax = plt.subplots(figsize=(5, 4.5))  # 360 pt: a phone's width at 100 %
fig.patch.set_alpha(0)
ax.set_facecolor("none")
for (name, scheduler), color in zip(schedules.items(), ["#2e86de", "#e6550d"]):
    abar = scheduler.alphas_cumprod
    signal, noise = abar.sqrt(), (1 - abar).sqrt()
    below = int((signal < 0.1).nonzero()[0])  # the first t with under 10% signal
    print(f"{name:13}", [f"{signal[t]:.3f}" for t in (0, 250, 500, 999)], below)
    #> linear        ['1.000', '0.722', '0.279', '0.006'] 673
    #> scaled_linear ['1.000', '0.821', '0.526', '0.068'] 933
    ax.plot(
        signal,
        color=color,
        linewidth=2,
        label=f"{name}: {text['signal']} √ᾱₜ",  # not $…$: its font has no Chinese
    )
    ax.plot(
        noise,
        color=color,
        linewidth=2,
        linestyle="--",
        label=f"{name}: {text['noise']} √(1 − ᾱₜ)",
    )
ax.set(xlabel=text["x"], ylabel=text["y"])
ax.grid(color=grey, alpha=0.3)
ax.legend(frameon=False, loc="lower center", bbox_to_anchor=(0.5, 1), ncol=1)
fig.tight_layout()
plt.savefig("noise_schedules.svg", transparent=True, metadata={"Date": None})
