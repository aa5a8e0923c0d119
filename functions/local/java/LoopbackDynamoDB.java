import java.lang.reflect.Field;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import software.amazon.dynamodb.services.local.main.ServerRunner;
import software.amazon.dynamodb.services.local.server.DynamoDBProxyServer;

/**
 * AWS's DynamoDB Local, listening on 127.0.0.1 only.
 *
 * <p>DynamoDB Local has no bind-address option: its server (Jetty) listens on every interface and
 * accepts any access key, so anyone on the network could read and change every record. This
 * launcher builds the server from the usual command-line arguments, points its one connector at
 * the loopback address before it opens, and starts it. Telemetry is never configured, so none is
 * sent.
 */
public final class LoopbackDynamoDB {
  private LoopbackDynamoDB() {}

  public static void main(String[] args) throws Exception {
    DynamoDBProxyServer proxy = ServerRunner.createServerFromCommandLineArgs(args);
    Field field = DynamoDBProxyServer.class.getDeclaredField("server");
    field.setAccessible(true);
    Server server = (Server) field.get(proxy);
    Connector[] connectors = server.getConnectors();
    if (connectors.length == 0) throw new IllegalStateException("DynamoDB Local has no connector to bind");
    for (Connector connector : connectors) {
      if (!(connector instanceof ServerConnector)) {
        throw new IllegalStateException("Unexpected connector " + connector.getClass().getName() + ": refusing to listen on every interface");
      }
      ((ServerConnector) connector).setHost("127.0.0.1");
    }
    proxy.start();
  }
}
