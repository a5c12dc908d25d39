import contextlib
import io
import os

import numpy as np
import onnx
import torch
from onnx.reference import ReferenceEvaluator
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 3)).eval()
x = torch.randn(2, 4)

steps = io.StringIO()
with contextlib.redirect_stdout(steps):  # the exporter prints its steps on stdout
    torch.onnx.export(
        model,
        (x,),
        "model.onnx",
        dynamo=True,
        input_names=["x"],
        output_names=["logits"],
        dynamic_shapes=({0: torch.export.Dim("batch")},),  # any batch size
    )
print(steps.getvalue().rstrip())
"""
[torch.onnx] Obtain model graph for `Sequential([...]` with `torch.export.export(..., strict=False)`...
[torch.onnx] Obtain model graph for `Sequential([...]` with `torch.export.export(..., strict=False)`... ✅
[torch.onnx] Run decompositions...
[torch.onnx] Run decompositions... ✅
[torch.onnx] Translate the graph into ONNX...
[torch.onnx] Translate the graph into ONNX... ✅
[torch.onnx] Optimize the ONNX graph...
[torch.onnx] Optimize the ONNX graph... ✅
"""
print(sorted(os.listdir()))  # the graph, and a file for the weights
#> ['model.onnx', 'model.onnx.data']

onnx_model = onnx.load("model.onnx")
onnx.checker.check_model(onnx_model)  # raises if the file is not valid ONNX
for value in [*onnx_model.graph.input, *onnx_model.graph.output]:
    dims = [d.dim_param or d.dim_value for d in value.type.tensor_type.shape.dim]
    print(value.name, dims)
    #> x ['batch', 4]
    #> logits ['batch', 3]

# Run the file without PyTorch: onnx's reference runtime, on a batch of 5.
x5 = torch.randn(5, 4)
(logits,) = ReferenceEvaluator("model.onnx").run(None, {"x": x5.numpy()})
with torch.no_grad():
    expected = model(x5).numpy()
print(logits.shape, np.allclose(logits, expected, atol=1e-6))
#> (5, 3) True

quiet = io.StringIO()
with contextlib.redirect_stdout(quiet):
    torch.onnx.export(model, (x,), "quiet.onnx", dynamo=True, verbose=False)
print(repr(quiet.getvalue()))  # verbose=False: no step lines
#> ''
