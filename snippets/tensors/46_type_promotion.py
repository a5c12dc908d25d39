import torch

i64 = torch.tensor([1, 2])  # int64
i32 = torch.tensor([1, 2], dtype=torch.int32)
f32 = torch.tensor([1.0, 2.0])  # float32
f16 = torch.tensor([1.0, 2.0], dtype=torch.float16)

# Two tensors: the result has the "larger" dtype of the two...
print((i64 + f32).dtype, (i32 + i64).dtype, (f16 + f32).dtype)
#> torch.float32 torch.int64 torch.float32
# ...or, when neither can hold the other, the smallest dtype that holds both.
u8 = torch.tensor([200], dtype=torch.uint8)
i8 = torch.tensor([-100], dtype=torch.int8)
bf16 = torch.tensor([1.0], dtype=torch.bfloat16)
print((u8 + i8).dtype, (bf16 + f16[:1]).dtype)
#> torch.int16 torch.float32
print(torch.result_type(i32, i64), torch.promote_types(torch.int32, torch.float16))
#> torch.int64 torch.float16

# A Python number only matters when it is of a higher category
# (bool < integer < floating < complex): then the default dtype, float32, is used.
print((i64 + 1.5).dtype, (i32 + 1).dtype, (f16 + 1.5).dtype)
#> torch.float32 torch.int32 torch.float16
print(torch.result_type(i32, 2.5))
#> torch.float32
# A 0-d tensor of a higher category brings its own dtype, not the default one.
print((i64 + torch.tensor(1.5, dtype=torch.float64)).dtype)
#> torch.float64

# `/` is true division: integers give floats (complex stays complex); `//` keeps ints.
print(i64 / 2, i64 // 2, (torch.tensor([1 + 1j]) / 2).dtype)
#> tensor([0.5000, 1.0000]) tensor([0, 1]) torch.complex64

# A 0-d tensor counts like a Python number: int8 stays int8, and 100 + 1000 wraps.
i8 = torch.tensor([100], dtype=torch.int8)
print(i8 + torch.tensor(1000))
#> tensor([76], dtype=torch.int8)
