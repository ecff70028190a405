using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;

namespace SalesDomain.Simulation.Engine;

/// <summary>
/// Cache prefetch hints for the weekly loops, which visit clients in list order (not index order), so each client's
/// fields are scattered over the client table's columns. A hint only asks the processor to load a cache line early: it
/// never faults, reads nothing into the program and changes no result; on processors without SSE it does nothing.
/// </summary>
internal static class Prefetch
{
    /// <summary>How many list entries ahead of the current one the loops ask for.</summary>
    public const int Distance = 8;

    /// <summary>Hints that <paramref name="array"/>[<paramref name="index"/>] will be read soon (no bounds check needed: a hint never faults).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static unsafe void Element<T>(T[] array, int index)
        where T : unmanaged
    {
        if (Sse.IsSupported)
        {
            Sse.Prefetch0(Unsafe.AsPointer(ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(array), (nint)(uint)index)));
        }
    }
}
