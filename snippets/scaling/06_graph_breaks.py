import torch
import torch._dynamo


def clean(x):
    return torch.relu(x) * 2 + 1


def branchy(x):
    y = torch.sin(x) * 2
    if y.sum() > 0:  # Python needs the tensor's value here: a data-dependent branch
        return torch.cos(y)
    return -y


torch.manual_seed(0)
x = torch.randn(8)
# explain() runs the function once under Dynamo and reports what it captured.
report = torch._dynamo.explain(clean)(x)
print(report.graph_count, report.graph_break_count)  # one graph, no break
#> 1 0
report = torch._dynamo.explain(branchy)(x)
print(report.graph_count, report.graph_break_count)  # a graph before, one after
#> 2 1
reason = report.break_reasons[0]  # why, and where in your code
print(reason.reason.splitlines()[0], "| line", reason.user_stack[-1].lineno)
#> generic_jump TensorVariable() | line 11

# fullgraph=True turns a graph break into an error instead of a silent split.
try:
    torch.compile(branchy, fullgraph=True)(x)
except torch._dynamo.exc.Unsupported as err:
    print(type(err).__name__)
    #> Unsupported
