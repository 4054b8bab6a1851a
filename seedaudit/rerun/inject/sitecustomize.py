"""seedaudit's seed shim: `seedaudit rerun` puts this folder first on PYTHONPATH.

Python imports `sitecustomize` at start-up, so this runs before the program (and before every
Python child process it starts, since they inherit PYTHONPATH). It does nothing unless
$SEEDAUDIT_OUT is set. Then it:
- logs every explicit seeding call (random, numpy legacy and Generator/SeedSequence/bit generators,
  torch global/CUDA/Generator, tensorflow, jax keys, transformers/lightning/accelerate helpers)
  with its call site to $SEEDAUDIT_OUT/seeds.jsonl;
- when $SEEDAUDIT_INJECT_SEED is set, replaces each seed s by a value mixed from (injected, s), so
  a hard-coded seed varies without editing the program, and distinct seeds (seed + rank) stay
  distinct; without it (position 0) the program keeps its own seeds;
- keeps the seed of a call that a rule in $SEEDAUDIT_KEEP matches (rerun/keep.py: the data seeds
  and --keep), by call name or by a site of the program's own code anywhere on the call's stack;
- asks Linux to kill this process when its parent dies, so runs die with the runner;
- then runs the sitecustomize it shadows, if there is one.
Libraries are patched right after they are imported (a meta-path hook), never imported here.
Calls that a library makes from its own draws (DataLoader workers, samplers) pass through.
"""
from __future__ import annotations

import os
import sys

_HERE = os.path.dirname(os.path.abspath(__file__))


def _install() -> None:
    """Kept cheap at start-up (a few ms): json, numbers and importlib.util load on first use."""
    import _thread
    import functools

    out = os.environ["SEEDAUDIT_OUT"]
    injected = os.environ.get("SEEDAUDIT_INJECT_SEED")
    key = _mix64(int(injected)) if injected is not None else 0
    log_path = os.path.join(out, "seeds.jsonl")
    state = _thread._local()
    primitive_dirs: list[str] = []  # libraries whose own calls pass through
    shim_file = os.path.abspath(__file__)
    start_dir = os.getcwd() + os.sep
    installed = (os.path.dirname(os.__file__) + os.sep, "<frozen")  # the standard library
    packages = (f"{os.sep}site-packages{os.sep}", f"{os.sep}dist-packages{os.sep}")
    keep_rules = []  # (path, first, last, call, why), read on the first seeding call

    def is_library(filename):
        return (filename == shim_file or filename.startswith(tuple(primitive_dirs)) or filename.startswith(installed)
                or any(p in filename for p in packages))

    def shown(filename):
        """A file as sites are reported: relative to the run's folder when inside it."""
        path = filename if filename.startswith(("<", os.sep)) else os.path.join(start_dir, filename)
        return path[len(start_dir):] if path.startswith(start_dir) else path

    def rules():
        if not keep_rules and os.environ.get("SEEDAUDIT_KEEP"):
            import json

            keep_rules.extend(tuple(rule) for rule in json.loads(os.environ["SEEDAUDIT_KEEP"]))
        return keep_rules

    def same_file(site, path):
        return site == path or site.endswith(os.sep + path)

    def kept_by(call, frame):
        """Why this call keeps its seed (a keep rule matches it), or None."""
        user = []
        for path, first, last, name, why in rules():
            if name is not None and (call == name or call.endswith("." + name)):
                return why
            if path is None:
                continue
            if not user:  # the program's own frames on the stack, innermost first
                walk = frame
                while walk is not None:
                    if not is_library(walk.f_code.co_filename):
                        user.append((shown(walk.f_code.co_filename), walk.f_lineno))
                    walk = walk.f_back
            if any(same_file(site, path) and (first is None or first <= line <= last) for site, line in user):
                return why
        return None

    def package_dir(module):
        top = sys.modules[module.__name__.split(".")[0]]
        return os.path.dirname(os.path.abspath(top.__file__)) + os.sep

    def seedlike(value):
        import numbers

        if isinstance(value, (list, tuple)):
            return bool(value) and all(isinstance(v, numbers.Integral) and not isinstance(v, bool) for v in value)
        return isinstance(value, (numbers.Integral, str, bytes, float)) and not isinstance(value, bool)

    def mix(value):
        import numbers
        import zlib

        if isinstance(value, (list, tuple)):
            return type(value)(mix(v) for v in value)
        if isinstance(value, numbers.Integral):
            base = int(value) % (1 << 64)  # numpy and torch integers mix like Python ones
        else:
            base = zlib.crc32(repr(value).encode()) | (1 << 40)  # strings, bytes, floats
        return _mix64(base ^ key) % (2**31)

    def plain(value):
        import json

        try:
            json.dumps(value)
            return value
        except (TypeError, ValueError):
            try:
                return int(value)
            except (TypeError, ValueError):
                return repr(value)

    def site_of(frame):
        caller = f"{frame.f_code.co_filename}:{frame.f_lineno}"
        user = frame
        while user is not None and is_library(user.f_code.co_filename):
            user = user.f_back
        site = f"{user.f_code.co_filename}:{user.f_lineno}" if user is not None else caller
        return site, caller

    def log(call, original, used, frame, kept=None):
        import json

        site, via = site_of(frame)
        entry = {"pid": os.getpid(), "call": call, "original": plain(original), "used": plain(used),
                 "injected": injected is not None and kept is None, "site": site}
        if kept is not None:
            entry["kept"] = kept
        if via != site:
            entry["via"] = via
        try:
            with open(log_path, "a", encoding="utf-8") as handle:
                handle.write(json.dumps(entry) + "\n")
        except OSError:
            pass

    def seed_argument(args, kwargs, argname, argpos):
        if argname in kwargs:
            return kwargs[argname], True
        if len(args) > argpos:
            return args[argpos], True
        return None, False

    def replaced(args, kwargs, argname, argpos, value):
        if argname in kwargs:
            kwargs = dict(kwargs, **{argname: value})
        else:
            args = args[:argpos] + (value,) + args[argpos + 1:]
        return args, kwargs

    def intercept(func, call, argname, argpos, primitive, skip=None):
        """Run func with its seed argument mixed (once, at the outermost seeding call) and logged."""

        def run(args, kwargs, frame):
            if getattr(state, "depth", 0) or (skip is not None and skip(kwargs)):
                return func(*args, **kwargs)
            if primitive and frame.f_code.co_filename.startswith(tuple(primitive_dirs)):
                return func(*args, **kwargs)
            original, given = seed_argument(args, kwargs, argname, argpos)
            if not given or not seedlike(original):
                return func(*args, **kwargs)
            kept = kept_by(call, frame) if injected is not None else None
            used = mix(original) if injected is not None and kept is None else original
            if used is not original:
                args, kwargs = replaced(args, kwargs, argname, argpos, used)
            log(call, original, used, frame, kept)
            state.depth = 1
            try:
                return func(*args, **kwargs)
            finally:
                state.depth = 0

        return run

    def wrap_function(owner, attr, call, argname, argpos=0, primitive=True):
        func = getattr(owner, attr, None)
        if func is None or getattr(func, "__seedaudit__", False):
            return
        run = intercept(func, call, argname, argpos, primitive)

        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            return run(args, kwargs, sys._getframe(1))

        wrapper.__seedaudit__ = True
        try:
            setattr(owner, attr, wrapper)
        except (AttributeError, TypeError):
            pass

    def subclass(owner, attr, call, argname=None, methods=(), skip=None):
        """Replace an extension class by a look-alike subclass whose constructor (and methods) mix seeds."""
        base = getattr(owner, attr, None)
        if base is None or getattr(base, "__seedaudit__", False):
            return
        meta = type(base)

        class Meta(meta):
            def __instancecheck__(cls, obj):
                return isinstance(obj, base)

            def __subclasscheck__(cls, other):
                return issubclass(other, base)

        namespace = {"__seedaudit__": True, "__module__": base.__module__, "__qualname__": base.__qualname__,
                     "__doc__": base.__doc__}
        if argname is not None:
            init_run = intercept(base.__init__, call, argname, 1, True, skip)

            def __init__(self, *args, **kwargs):
                init_run((self,) + args, kwargs, sys._getframe(1))

            namespace["__init__"] = __init__
        for method, method_arg in methods:
            method_run = intercept(getattr(base, method), f"{call}.{method}", method_arg, 1, True)

            def forward(self, *args, _run=method_run, **kwargs):
                return _run((self,) + args, kwargs, sys._getframe(1))

            namespace[method] = forward
        try:
            replacement = Meta(base.__name__, (base,), namespace)
            setattr(owner, attr, replacement)
        except TypeError:
            pass  # not subclassable: left alone (logged nowhere, seeds not mixed)

    def attr_path(module, path):
        obj = module
        for part in path.split("."):
            obj = getattr(obj, part, None)
            if obj is None:
                return None
        return obj

    def patch_random(module):
        primitive_dirs.append(os.path.abspath(module.__file__))
        wrap_function(module.Random, "seed", "random.seed", "a", 1)
        wrap_function(module.Random, "__init__", "random.Random", "x", 1)
        module.seed = module._inst.seed

    def patch_numpy_random(module):
        primitive_dirs.append(package_dir(module))
        wrap_function(module, "seed", "numpy.random.seed", "seed")
        mtrand = getattr(module, "mtrand", None)
        if mtrand is not None:
            mtrand.seed = module.seed
        wrap_function(module, "default_rng", "numpy.random.default_rng", "seed")
        subclass(module, "RandomState", "numpy.random.RandomState", "seed", methods=[("seed", "seed")])
        subclass(module, "SeedSequence", "numpy.random.SeedSequence", "entropy",
                 skip=lambda kwargs: bool(kwargs.get("spawn_key")))  # spawned children: already mixed
        for name in ("PCG64", "PCG64DXSM", "MT19937", "Philox", "SFC64"):
            subclass(module, name, f"numpy.random.{name}", "seed")

    def patch_torch(module):
        primitive_dirs.append(package_dir(module))
        wrap_function(module, "manual_seed", "torch.manual_seed", "seed")
        random_module = getattr(module, "random", None)
        if random_module is not None:
            random_module.manual_seed = module.manual_seed
        cuda = getattr(module, "cuda", None)
        if cuda is not None:
            for name in ("manual_seed", "manual_seed_all"):
                wrap_function(cuda, name, f"torch.cuda.{name}", "seed")
                cuda_random = getattr(cuda, "random", None)
                if cuda_random is not None and hasattr(cuda_random, name):
                    setattr(cuda_random, name, getattr(cuda, name))
        subclass(module, "Generator", "torch.Generator", methods=[("manual_seed", "seed")])

    def patch_tensorflow(module):
        primitive_dirs.append(package_dir(module))
        for path, call in (("random", "tf.random.set_seed"), ("compat.v1", "tf.compat.v1.set_random_seed"),
                           ("keras.utils", "tf.keras.utils.set_random_seed")):
            owner = attr_path(module, path)
            if owner is not None:
                wrap_function(owner, call.rsplit(".", 1)[1], call, "seed", primitive=False)

    def patch_jax_random(module):
        primitive_dirs.append(package_dir(module))
        for name in ("PRNGKey", "key"):
            wrap_function(module, name, f"jax.random.{name}", "seed")

    def helper(call, attr="set_seed", argname="seed"):
        def patch(module):
            wrap_function(module, attr, call, argname, primitive=False)
        return patch

    hooks = {
        "random": [patch_random],
        "numpy.random": [patch_numpy_random],
        "torch": [patch_torch],
        "tensorflow": [patch_tensorflow],
        "keras.utils": [helper("keras.utils.set_random_seed", "set_random_seed")],
        "jax.random": [patch_jax_random],
        "transformers.trainer_utils": [helper("transformers.set_seed"),
                                       helper("transformers.enable_full_determinism", "enable_full_determinism")],
        "transformers": [helper("transformers.set_seed")],
        "accelerate.utils.random": [helper("accelerate.utils.set_seed")],
        "accelerate.utils": [helper("accelerate.utils.set_seed")],
        "lightning_fabric.utilities.seed": [helper("lightning.seed_everything", "seed_everything")],
        "lightning.fabric.utilities.seed": [helper("lightning.seed_everything", "seed_everything")],
        "pytorch_lightning.utilities.seed": [helper("lightning.seed_everything", "seed_everything")],
    }
    for package in ("pytorch_lightning", "lightning", "lightning.pytorch", "lightning.fabric", "lightning_fabric"):
        hooks[package] = [helper("lightning.seed_everything", "seed_everything")]

    def apply(name, module):
        for patch in hooks.get(name, ()):
            try:
                patch(module)
            except Exception as exc:  # a library version we do not know: never break the program
                log(f"seedaudit-shim-error:{name}", repr(exc), None, sys._getframe(0))

    class Loader:
        def __init__(self, loader, name):
            self._loader = loader
            self._name = name

        def create_module(self, spec):
            create = getattr(self._loader, "create_module", None)
            return create(spec) if create else None

        def exec_module(self, module):
            self._loader.exec_module(module)
            apply(self._name, module)

        def __getattr__(self, attr):
            return getattr(self._loader, attr)

    busy: set[str] = set()

    class Finder:
        @staticmethod
        def find_spec(name, path=None, target=None):
            if name not in hooks or name in busy:
                return None
            import importlib.util

            busy.add(name)
            try:
                spec = importlib.util.find_spec(name)
            except (ImportError, ValueError):
                return None
            finally:
                busy.discard(name)
            if spec is None or spec.loader is None or not hasattr(spec.loader, "exec_module"):
                return None
            spec.loader = Loader(spec.loader, name)
            return spec

    sys.meta_path.insert(0, Finder())
    for name in list(hooks):
        if name in sys.modules:
            apply(name, sys.modules[name])


def _mix64(x: int) -> int:
    """splitmix64's finaliser: a fixed, well-spread 64-bit mixing (the same in every process)."""
    mask = (1 << 64) - 1
    x = (x + 0x9E3779B97F4A7C15) & mask
    x = ((x ^ (x >> 30)) * 0xBF58476D1CE4E5B9) & mask
    x = ((x ^ (x >> 27)) * 0x94D049BB133111EB) & mask
    return x ^ (x >> 31)


def _die_with_parent() -> None:
    """PR_SET_PDEATHSIG: the kernel sends SIGKILL to this process when its parent thread ends.

    A run started through seedaudit's launcher has it already (it survives exec); a Python run
    started directly and its Python descendants get it here. The run itself then checks that the
    runner ($SEEDAUDIT_PARENT_PID, read once) did not die before: it would have missed the signal."""
    if not sys.platform.startswith("linux") or os.environ.get("SEEDAUDIT_NO_PDEATHSIG"):
        return
    parent = os.environ.pop("SEEDAUDIT_PARENT_PID", None)
    if os.environ.get("SEEDAUDIT_RUN_PID") == str(os.getpid()):
        return
    try:
        import ctypes
        import signal

        ctypes.CDLL(None, use_errno=True).prctl(1, int(signal.SIGKILL), 0, 0, 0)
    except Exception:
        return
    if parent is not None and os.getppid() != int(parent):
        os._exit(137)


def _chain() -> None:
    """Run the sitecustomize this one shadows (the next one on sys.path), under its own name."""
    import importlib.machinery
    import importlib.util

    here = os.path.normcase(_HERE)
    rest = [p for p in sys.path if os.path.normcase(os.path.abspath(p or os.curdir)) != here]
    spec = importlib.machinery.PathFinder.find_spec("sitecustomize", rest)
    if spec is None or spec.loader is None:
        return
    module = importlib.util.module_from_spec(spec)
    sys.modules["_seedaudit_shadowed_sitecustomize"] = module
    try:
        spec.loader.exec_module(module)
    except Exception as exc:  # the same treatment site.py gives a failing sitecustomize
        print(f"Error in sitecustomize (chained by seedaudit); set PYTHONVERBOSE for traceback: {exc!r}",
              file=sys.stderr)


if os.environ.get("SEEDAUDIT_OUT"):
    _die_with_parent()
    try:
        _install()
    except Exception as _exc:  # never break the program under test
        print(f"seedaudit shim: not active: {_exc!r}", file=sys.stderr)
_chain()
