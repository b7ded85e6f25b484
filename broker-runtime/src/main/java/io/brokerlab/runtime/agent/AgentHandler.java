package io.brokerlab.runtime.agent;

import io.brokerlab.runtime.ManagedNode;
import io.brokerlab.runtime.metrics.JvmMetrics;
import io.brokerlab.runtime.metrics.PrometheusWriter;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/** Routes the agent's three requests; stateless, so one instance serves every connection. */
@ChannelHandler.Sharable
final class AgentHandler extends SimpleChannelInboundHandler<FullHttpRequest> {

    static final String SECRET_HEADER = "X-Brokerlab-Secret";

    private final HealthReport health;
    private final ManagedNode node;
    private final byte[] secret;
    private final Runnable shutdownRequest;

    AgentHandler(HealthReport health, ManagedNode node, String secret, Runnable shutdownRequest) {
        this.health = health;
        this.node = node;
        this.secret = secret.getBytes(StandardCharsets.US_ASCII);
        this.shutdownRequest = shutdownRequest;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest request) {
        String path = request.uri();
        HttpMethod method = request.method();
        FullHttpResponse response;
        if (method.equals(HttpMethod.GET) && path.equals("/health")) {
            response = respond(HttpResponseStatus.OK, "application/json", health.json());
        } else if (method.equals(HttpMethod.GET) && path.equals("/metrics")) {
            response = respond(HttpResponseStatus.OK, "text/plain; version=0.0.4", metrics());
        } else if (method.equals(HttpMethod.POST) && path.equals("/shutdown")) {
            response = shutdown(request);
        } else {
            response = respond(HttpResponseStatus.NOT_FOUND, "text/plain", "not found\n");
        }
        ctx.writeAndFlush(response).addListener(ChannelFutureListener.CLOSE);
    }

    private FullHttpResponse shutdown(FullHttpRequest request) {
        String presented = request.headers().get(SECRET_HEADER);
        if (presented == null
                || !MessageDigest.isEqual(secret, presented.getBytes(StandardCharsets.US_ASCII))) {
            return respond(HttpResponseStatus.FORBIDDEN, "text/plain", "forbidden\n");
        }
        shutdownRequest.run();
        return respond(HttpResponseStatus.ACCEPTED, "text/plain", "stopping\n");
    }

    private String metrics() {
        PrometheusWriter out = new PrometheusWriter();
        JvmMetrics.write(out);
        node.writeMetrics(out);
        return out.text();
    }

    private static FullHttpResponse respond(HttpResponseStatus status, String contentType, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, status,
                Unpooled.wrappedBuffer(bytes));
        response.headers().set(HttpHeaderNames.CONTENT_TYPE, contentType);
        response.headers().setInt(HttpHeaderNames.CONTENT_LENGTH, bytes.length);
        return response;
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        ctx.close();
    }
}
