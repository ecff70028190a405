namespace SalesDomain.Model;

/// <summary>The kind of a logged contact with a client (DOMAIN.md §1).</summary>
public enum ContactKind
{
    /// <summary>An outgoing call.</summary>
    Call,

    /// <summary>A meeting (in the office or online).</summary>
    Meeting,

    /// <summary>A visit to the client's site.</summary>
    Visit,

    /// <summary>A call from the client.</summary>
    IncomingCall,
}
