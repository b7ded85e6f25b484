package io.brokerlab.app.topics;

import io.brokerlab.launcher.admin.NewTopicRequest;
import io.brokerlab.launcher.admin.TopicInfo;
import java.util.List;

/**
 * What the topics views need from a cluster; blocking, so called on background threads only. Today it wraps the
 * launcher's {@code TopicService}; an event-driven cluster state watcher can implement it later.
 */
public interface TopicSource {

    List<TopicInfo> describeAll();

    void create(NewTopicRequest request);
}
