namespace SalesDomain.Protection;

/// <summary>What a user may do with a client record (DOMAIN.md §1, seed 002; docs/protection.md in the repository).</summary>
public enum BaseAction
{
    /// <summary>Open and read the client record.</summary>
    View,

    /// <summary>Take the record out of the system (file, print, another system); needs an explicit right.</summary>
    Export,

    /// <summary>Remove the record; needs an explicit right.</summary>
    Delete,
}
