namespace CentcomTracker.Web.Data;

public enum AuditAction { Create, Update, Delete }
