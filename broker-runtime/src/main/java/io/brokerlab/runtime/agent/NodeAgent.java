package io.brokerlab.runtime.agent;

import io.brokerlab.runtime.ExitCode;
import io.brokerlab.runtime.ManagedNode;
import io.brokerlab.runtime.NodeFailure;
import io.brokerlab.runtime.NodeOptions;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpServerCodec;
import java.net.InetSocketAddress;
import java.util.concurrent.TimeUnit;

/**
 * The node's loopback HTTP agent: {@code GET /health}, {@code GET /metrics} and the
 * authenticated {@code POST /shutdown}. One event-loop thread is plenty for a launcher and an
 * app polling a few times a second.
 */
public final class NodeAgent {

    private final NodeOptions options;
    private final AgentHandler handler;
    private EventLoopGroup group;
    private Channel channel;

    public NodeAgent(NodeOptions options, ManagedNode node, String secret, Runnable shutdownRequest) {
        this.options = options;
        this.handler = new AgentHandler(new HealthReport(options, node), node, secret, shutdownRequest);
    }

    public void start() throws NodeFailure {
        group = new NioEventLoopGroup(1);
        try {
            channel = new ServerBootstrap()
                    .group(group)
                    .channel(NioServerSocketChannel.class)
                    .childHandler(new ChannelInitializer<SocketChannel>() {
                        @Override
                        protected void initChannel(SocketChannel ch) {
                            ch.pipeline().addLast(new HttpServerCodec(), new HttpObjectAggregator(8192), handler);
                        }
                    })
                    .bind(new InetSocketAddress("127.0.0.1", options.agentPort()))
                    .sync()
                    .channel();
        } catch (Exception e) {
            group.shutdownGracefully(0, 1, TimeUnit.SECONDS);
            throw new NodeFailure(ExitCode.PORT_IN_USE,
                    "agent cannot listen on 127.0.0.1:" + options.agentPort() + ": " + e.getMessage(), e);
        }
    }

    public void stop() {
        if (channel != null) {
            channel.close().awaitUninterruptibly(2, TimeUnit.SECONDS);
        }
        if (group != null) {
            group.shutdownGracefully(0, 1, TimeUnit.SECONDS).awaitUninterruptibly(2, TimeUnit.SECONDS);
        }
    }
}
