#!/usr/bin/env python3
"""PyTorch peer of mlpinit-bench's perf suite: the same workloads, timed here.

Usage: torch_perf.py train SIZES N BATCH STEPS
       torch_perf.py go SIZES N BATCH STEPS
       torch_perf.py ntk SIZES POINTS
       torch_perf.py pinn SIZES N STEPS
Prints one JSON object. Weights N(0, 1/d_in) like mlpinit's fan-in normal draw.
"""
import json, math, os, sys, time

import torch


def mlp(sizes):
    layers = []
    for i in range(len(sizes) - 1):
        lin = torch.nn.Linear(sizes[i], sizes[i + 1])
        torch.nn.init.normal_(lin.weight, 0.0, 1.0 / math.sqrt(sizes[i]))
        torch.nn.init.zeros_(lin.bias)
        layers.append(lin)
        if i < len(sizes) - 2:
            layers.append(torch.nn.Tanh())
    return torch.nn.Sequential(*layers)


def train(sizes, n, batch, steps):
    net = mlp(sizes)
    opt = torch.optim.Adam(net.parameters(), lr=1e-3)
    x = torch.randn(n, sizes[0])
    y = torch.randn(n, sizes[-1])
    gen = torch.Generator().manual_seed(0)

    def step(i):
        if batch < n:
            idx = torch.randint(0, n, (batch,), generator=gen)
            xb, yb = x[idx], y[idx]
        else:
            xb, yb = x, y
        opt.zero_grad()
        loss = ((net(xb) - yb) ** 2).mean()
        loss.backward()
        opt.step()

    for i in range(3):
        step(i)
    t = time.perf_counter()
    for i in range(steps):
        step(i)
    return (time.perf_counter() - t) / steps * 1000


def go(sizes, n, batch, steps):
    """GO objective as in mlpinit-go-init: fresh base draw each step, scalars c, b per hidden layer."""
    hidden = len(sizes) - 2
    c = torch.exp(0.25 * torch.randn(hidden)).requires_grad_()
    b = (0.05 * torch.randn(hidden)).requires_grad_()
    opt = torch.optim.Adam([c, b], lr=5e-3)
    x = torch.randn(n, sizes[0])

    def step():
        idx = torch.randint(0, n, (batch,))
        h = x[idx]
        for l in range(hidden):
            w = torch.randn(sizes[l], sizes[l + 1]) / math.sqrt(sizes[l])
            h = torch.tanh(c[l] * (h @ w) + b[l])
        f = h / (h.norm(dim=0, keepdim=True) + 1e-12)
        cos2 = (f.T @ f) ** 2
        d = cos2.shape[0]
        off = cos2 - torch.diag(torch.diag(cos2))
        loss = -torch.log(torch.clamp(1 - off, min=1e-12)).sum() / (d * (d - 1)) + 1e-4 * (c ** 2).sum()
        opt.zero_grad()
        loss.backward()
        opt.step()

    for _ in range(3):
        step()
    t = time.perf_counter()
    for _ in range(steps):
        step()
    return (time.perf_counter() - t) / steps * 1000


# The 2-D Helmholtz benchmark of Wang, Teng & Perdikaris (SIAM J. Sci. Comput. 43(5), 2021):
# u_xx + u_yy + k^2 u = q on [-1,1]^2, u = sin(a1 pi x) sin(a2 pi y), u = 0 on the edges.
PINN_A1, PINN_A2, PINN_K = 1.0, 4.0, 1.0
# How the pinn workload gets its second derivatives (reported).
PINN_METHOD = "double-backward"


def pinn(sizes, n, steps):
    """One step of the Helmholtz PINN: residual u_xx + u_yy + k^2 u - q at N fixed
    interior points, u_x and u_y by torch.autograd.grad(create_graph=True), then
    u_xx and u_yy by a second grad each; loss = mean(r^2) + mean(u_b^2) at N fixed
    points on the square's edges; backward through that graph (double backward);
    Adam lr 1e-3. The points are drawn once, before the timed loop."""
    if sizes[0] != 2 or sizes[-1] != 1:
        raise SystemExit(f"pinn needs SIZES 2,...,1, got {sizes}")
    net = mlp(sizes)
    params = list(net.parameters())
    opt = torch.optim.Adam(params, lr=1e-3)
    xy = torch.rand(n, 2) * 2 - 1
    x = xy[:, 0:1].clone().requires_grad_()
    y = xy[:, 1:2].clone().requires_grad_()
    a1, a2, k2 = PINN_A1 * math.pi, PINN_A2 * math.pi, PINN_K ** 2
    u_true = torch.sin(a1 * xy[:, 0:1]) * torch.sin(a2 * xy[:, 1:2])
    q = (k2 - a1 ** 2 - a2 ** 2) * u_true
    # N boundary points: edge i % 4 of the square, uniform along it.
    t = torch.rand(n) * 2 - 1
    side = torch.arange(n) % 4
    ones = torch.ones(n)
    bx = torch.where(side == 0, -ones, torch.where(side == 1, ones, t))
    by = torch.where(side == 2, -ones, torch.where(side == 3, ones, t))
    xb = torch.stack([bx, by], dim=1)

    def step():
        u = net(torch.cat([x, y], dim=1))
        u_x, u_y = torch.autograd.grad(u.sum(), (x, y), create_graph=True)
        u_xx = torch.autograd.grad(u_x.sum(), x, create_graph=True)[0]
        u_yy = torch.autograd.grad(u_y.sum(), y, create_graph=True)[0]
        r = u_xx + u_yy + k2 * u - q
        loss = (r ** 2).mean() + (net(xb) ** 2).mean()
        opt.zero_grad()
        # Parameter gradients only: x and y need no .grad of their own.
        loss.backward(inputs=params)
        opt.step()

    for _ in range(3):
        step()
    t0 = time.perf_counter()
    for _ in range(steps):
        step()
    return (time.perf_counter() - t0) / steps * 1000


# Steady state, as the JS side measures it: this many warm-up calls, then the best of NTK_REPEATS timed calls.
NTK_WARMUP = 10
NTK_REPEATS = 10
# Which NTK method ran (reported: the fallback is not functorch).
NTK_METHOD = None


def ntk(sizes, points):
    """Empirical NTK by jacobian contraction (the torch.func / functorch NTK
    tutorial's method): per-example jacobians with vmap(jacrev), K = Σ_p J_p J_pᵀ.
    Falls back to a per-example autograd loop where functorch is missing."""
    net = mlp(sizes)
    x = torch.linspace(-1, 1, points).reshape(points, 1).expand(points, sizes[0]).contiguous()
    global NTK_METHOD
    try:
        from functorch import jacrev, make_functional, vmap

        fnet, params = make_functional(net)
        NTK_METHOD = "functorch jacobian contraction"

        def run():
            jac = vmap(jacrev(fnet), (None, 0))(params, x)
            jac = [j.flatten(2) for j in jac]
            return sum(torch.einsum("Naf,Mbf->NMab", j, j) for j in jac)

    except ImportError:
        params = list(net.parameters())
        NTK_METHOD = "per-example autograd loop (functorch is not installed)"

        def run():
            rows = []
            for i in range(points):
                g = torch.autograd.grad(net(x[i : i + 1]).sum(), params)
                rows.append(torch.cat([p.reshape(-1) for p in g]))
            j = torch.stack(rows)
            return j @ j.T

    for _ in range(NTK_WARMUP):
        run()
    best = float("inf")
    for _ in range(NTK_REPEATS):
        t = time.perf_counter()
        k = run()
        _ = float(k.flatten()[0])
        best = min(best, (time.perf_counter() - t) * 1000)
    return best


def main():
    kind = sys.argv[1]
    sizes = [int(s) for s in sys.argv[2].split(",")]
    if kind == "train":
        run = lambda: train(sizes, int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5]))
    elif kind == "go":
        run = lambda: go(sizes, int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5]))
    elif kind == "ntk":
        run = lambda: ntk(sizes, int(sys.argv[3]))
    elif kind == "pinn":
        run = lambda: pinn(sizes, int(sys.argv[3]), int(sys.argv[4]))
    else:
        raise SystemExit(f"unknown workload {kind}")
    # PyTorch's best on this machine: one intra-op thread is often faster than
    # all cores (Debian's OpenBLAS runs its own thread pool), so time both.
    best = None
    for threads in sorted({1, os.cpu_count() or 1}):
        torch.manual_seed(0)
        torch.set_num_threads(threads)
        ms = run()
        if best is None or ms < best[0]:
            best = (ms, threads)
    out = {"ms": best[0], "torch": torch.__version__, "threads": best[1]}
    if NTK_METHOD is not None:
        out["method"] = NTK_METHOD
    if kind == "pinn":
        out["method"] = PINN_METHOD
    print(json.dumps(out))


if __name__ == "__main__":
    main()
