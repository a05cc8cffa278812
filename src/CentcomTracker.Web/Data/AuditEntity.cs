namespace CentcomTracker.Web.Data;

public enum AuditEntity { Figure, Source, Annotation }
